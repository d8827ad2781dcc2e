package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;

/**
 * How a claim relates to the tax-free limits of its year: what was already approved for the
 * resident in the claim's month and year, what it would be after approval, and by how much a
 * limit would be exceeded (zero when it would not).
 */
record LimitCheck(YearLimits limits, BigDecimal monthApproved, BigDecimal yearApproved, BigDecimal monthAfter,
                         BigDecimal yearAfter, BigDecimal overMonth, BigDecimal overYear) {

    public boolean exceeds() {
        return overMonth.signum() > 0 || overYear.signum() > 0;
    }

    static LimitCheck of(YearLimits limits, BigDecimal monthApproved, BigDecimal yearApproved, BigDecimal amount) {
        BigDecimal monthAfter = monthApproved.add(amount);
        BigDecimal yearAfter = yearApproved.add(amount);
        return new LimitCheck(limits, monthApproved, yearApproved, monthAfter, yearAfter,
                monthAfter.subtract(limits.monthlyMax()).max(BigDecimal.ZERO),
                yearAfter.subtract(limits.yearlyMax()).max(BigDecimal.ZERO));
    }
}
