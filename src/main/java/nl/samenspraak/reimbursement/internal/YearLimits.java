package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;

/**
 * The tax-free limits for volunteer allowances in one calendar year, and the kilometre rate used
 * for travel by one's own transport.
 *
 * @param confirmed false when the amounts were carried over and nobody checked them against the source yet
 */
record YearLimits(int year, BigDecimal hourlyMaxAdult, BigDecimal hourlyMaxYoung, BigDecimal monthlyMax,
                         BigDecimal yearlyMax, BigDecimal kmRate, String source, boolean confirmed) {

    public BigDecimal hourlyMax(boolean under21) {
        return under21 ? hourlyMaxYoung : hourlyMaxAdult;
    }
}
