package nl.samenspraak.reimbursement.internal;

/** Where a claim stands. WITHDRAWN: the resident's data was erased before it was paid. */
enum ClaimStatus { SUBMITTED, APPROVED, REJECTED, WITHDRAWN }
