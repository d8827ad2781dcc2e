package nl.samenspraak.reimbursement.internal;

/** The collaboration's own bank account that pays the claims. {@code bic} may be null: SEPA does not need it. */
record DebtorAccount(String name, String iban, String bic) {

    public String ibanDisplay() {
        return Iban.display(iban);
    }
}
