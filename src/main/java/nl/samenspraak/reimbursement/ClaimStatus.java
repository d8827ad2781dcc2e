package nl.samenspraak.reimbursement;

/** Where a claim stands. WITHDRAWN: the resident's data was erased before it was paid. */
public enum ClaimStatus { SUBMITTED, APPROVED, REJECTED, WITHDRAWN }
