package nl.samenspraak.reimbursement.internal;

/**
 * What a claim is for. Only {@link #ALLOWANCE} counts towards the tax-free limits for volunteer
 * allowances: travel costs are paid on the actual costs (a ticket, or kilometres at the tax-free
 * rate), which the Belastingdienst does not count as a volunteer allowance.
 */
enum ClaimKind {
    TRAVEL_KM, TRAVEL_TICKET, ALLOWANCE;

    public boolean countsTowardsLimits() {
        return this == ALLOWANCE;
    }
}
