package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tax-free limits per calendar year; the same for every collaboration, kept by the platform administrator. */
@Service
class Limits {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Limits(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<YearLimits> forYear(int year) {
        return jdbc.sql("SELECT * FROM reimbursement_limits WHERE year = :y").param("y", year).query(ROW).optional();
    }

    /** Newest year first. */
    public List<YearLimits> all() {
        return jdbc.sql("SELECT * FROM reimbursement_limits ORDER BY year DESC").query(ROW).list();
    }

    /** Adds or replaces the limits of one year. */
    @Transactional
    public void save(YearLimits given, String actor) {
        if (given.year() < 2000 || given.year() > 2100) {
            throw new InvalidClaimException("year", "reimbursement.error.year");
        }
        for (var field : List.of(
                new Object[] {"hourlyMaxAdult", given.hourlyMaxAdult()}, new Object[] {"hourlyMaxYoung", given.hourlyMaxYoung()},
                new Object[] {"monthlyMax", given.monthlyMax()}, new Object[] {"yearlyMax", given.yearlyMax()},
                new Object[] {"kmRate", given.kmRate()})) {
            BigDecimal value = (BigDecimal) field[1];
            if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
                throw new InvalidClaimException((String) field[0], "reimbursement.error.limitAmount");
            }
        }
        if (given.monthlyMax().compareTo(given.yearlyMax()) > 0) {
            throw new InvalidClaimException("monthlyMax", "reimbursement.error.monthAboveYear");
        }
        String source = Text.cleanOrNull(given.source());
        if (source == null || source.length() > 500) {
            throw new InvalidClaimException("source", "reimbursement.error.source");
        }
        jdbc.sql("""
                INSERT INTO reimbursement_limits (year, hourly_max_adult, hourly_max_young, monthly_max, yearly_max,
                    km_rate, source, confirmed, updated_at, updated_by)
                VALUES (:y, :ha, :hy, :m, :yr, :km, :source, :confirmed, :now, :actor)
                ON CONFLICT (year) DO UPDATE SET hourly_max_adult = :ha, hourly_max_young = :hy, monthly_max = :m,
                    yearly_max = :yr, km_rate = :km, source = :source, confirmed = :confirmed, updated_at = :now,
                    updated_by = :actor
                """)
                .param("y", given.year()).param("ha", given.hourlyMaxAdult()).param("hy", given.hourlyMaxYoung())
                .param("m", given.monthlyMax()).param("yr", given.yearlyMax()).param("km", given.kmRate())
                .param("source", source).param("confirmed", given.confirmed())
                .param("now", Timestamp.from(clock.instant())).param("actor", actor)
                .update();
        audit.record(null, actor, "reimbursement.limits.save", "reimbursement_limits", given.year(), "saved");
    }

    private static final RowMapper<YearLimits> ROW = (rs, n) -> new YearLimits(rs.getInt("year"),
            rs.getBigDecimal("hourly_max_adult"), rs.getBigDecimal("hourly_max_young"), rs.getBigDecimal("monthly_max"),
            rs.getBigDecimal("yearly_max"), rs.getBigDecimal("km_rate"), rs.getString("source"),
            rs.getBoolean("confirmed"));
}
