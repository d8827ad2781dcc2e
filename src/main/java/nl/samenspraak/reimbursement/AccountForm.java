package nl.samenspraak.reimbursement;

/** The paying account as the coordinator typed it. */
public record AccountForm(String debtorName, String debtorIban, String debtorBic) {}
