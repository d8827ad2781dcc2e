package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;

/** The limits of one year as the administrator typed them; amounts with a comma or a point. */
record LimitsForm(String year, String hourlyMaxAdult, String hourlyMaxYoung, String monthlyMax, String yearlyMax,
                         String kmRate, String source, String confirmed) {

    static LimitsForm of(YearLimits y) {
        return new LimitsForm(String.valueOf(y.year()), plain(y.hourlyMaxAdult()), plain(y.hourlyMaxYoung()),
                plain(y.monthlyMax()), plain(y.yearlyMax()), plain(y.kmRate()), y.source(),
                y.confirmed() ? "true" : null);
    }

    public boolean confirmedChecked() {
        return "true".equals(confirmed);
    }

    YearLimits toLimits() {
        int y;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidClaimException("year", "reimbursement.error.year");
        }
        return new YearLimits(y, amount(hourlyMaxAdult, "hourlyMaxAdult"), amount(hourlyMaxYoung, "hourlyMaxYoung"),
                amount(monthlyMax, "monthlyMax"), amount(yearlyMax, "yearlyMax"), amount(kmRate, "kmRate"), source,
                confirmedChecked());
    }

    private static BigDecimal amount(String typed, String field) {
        BigDecimal value = ClaimForm.number(typed, field);
        if (value == null) {
            throw new InvalidClaimException(field, "reimbursement.error.limitAmount");
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(2).toPlainString() : value.toPlainString();
    }
}
