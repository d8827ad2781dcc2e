package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Approved amounts per resident in one calendar year: allowances against the limits, travel costs beside them. */
@Component
class AllowanceTotals {

    /** One resident's year; {@code highestMonth} is the month with the most allowance (1-12), or 0 when none. */
    public record Row(UUID residentId, BigDecimal allowance, int highestMonth, BigDecimal highestMonthAmount,
               BigDecimal travel) {

        public boolean overYear(YearLimits limits) {
            return limits != null && allowance.compareTo(limits.yearlyMax()) > 0;
        }

        public boolean overMonth(YearLimits limits) {
            return limits != null && highestMonthAmount.compareTo(limits.monthlyMax()) > 0;
        }
    }

    private final JdbcClient jdbc;

    AllowanceTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Highest allowance first, at most {@code limit} residents. */
    List<Row> perResident(UUID collaborationId, int year, int limit) {
        return jdbc.sql("""
                WITH months AS (
                    SELECT resident_id, extract(month FROM activity_date)::int AS month,
                           sum(amount) FILTER (WHERE kind = 'ALLOWANCE') AS allowance,
                           sum(amount) FILTER (WHERE kind <> 'ALLOWANCE') AS travel
                    FROM reimbursement_claim
                    WHERE collaboration_id = :c AND status = 'APPROVED'
                      AND activity_date >= make_date(:y, 1, 1) AND activity_date < make_date(:y + 1, 1, 1)
                    GROUP BY resident_id, month)
                SELECT resident_id, coalesce(sum(allowance), 0) AS allowance, coalesce(sum(travel), 0) AS travel,
                       coalesce((array_agg(month ORDER BY allowance DESC NULLS LAST))[1], 0) AS top_month,
                       coalesce(max(allowance), 0) AS top_amount
                FROM months GROUP BY resident_id ORDER BY allowance DESC, resident_id LIMIT :limit
                """)
                .param("c", collaborationId).param("y", year).param("limit", limit)
                .query((rs, n) -> new Row(rs.getObject("resident_id", UUID.class), rs.getBigDecimal("allowance"),
                        rs.getBigDecimal("top_amount").signum() > 0 ? rs.getInt("top_month") : 0,
                        rs.getBigDecimal("top_amount"), rs.getBigDecimal("travel")))
                .list();
    }
}
