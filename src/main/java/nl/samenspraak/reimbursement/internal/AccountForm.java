package nl.samenspraak.reimbursement.internal;

/** The paying account as the coordinator typed it. */
record AccountForm(String debtorName, String debtorIban, String debtorBic) {}
