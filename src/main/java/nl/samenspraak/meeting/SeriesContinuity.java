package nl.samenspraak.meeting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the recurring structures of a collaboration (sounding-board groups, village councils)
 * keep meeting: per series and per calendar quarter, how many meetings the plan expected and how
 * many were held or called off. A structure that quietly stops meeting is one of the first signs
 * that participation is not anchored (seed 004, chapter 5). Two queries per call, whatever the
 * number of series.
 */
@Service
public class SeriesContinuity {

    /** Meetings are planned and held in Dutch time; a quarter starts at midnight there. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * One calendar quarter of one series.
     *
     * @param year      the year
     * @param quarter   1 to 4
     * @param planned   meetings the plan expected in this quarter (planned per year, pro rata for the
     *                  months since the series started and up to today)
     * @param held      meetings held in this quarter
     * @param cancelled meetings called off in this quarter
     */
    public record QuarterCount(int year, int quarter, int planned, int held, int cancelled) {}

    /**
     * One series with its continuity.
     *
     * @param series         its id
     * @param name           its name as staff gave it (no personal data)
     * @param plannedPerYear how often it means to meet
     * @param startsOn       when the plan started
     * @param plannedSoFar   meetings the plan expected from its start up to today
     * @param heldSoFar      meetings held from its start up to today
     * @param quarters       every quarter from its start up to the quarter of today, oldest first
     */
    public record SeriesFigures(SeriesId series, String name, int plannedPerYear, LocalDate startsOn,
                                int plannedSoFar, int heldSoFar, List<QuarterCount> quarters) {

        /** Held as a percentage of planned so far; null when nothing was planned yet. */
        public Integer percentHeld() {
            return plannedSoFar == 0 ? null : (int) Math.round(100.0 * heldSoFar / plannedSoFar);
        }
    }

    private record Series(UUID id, String name, int plannedPerYear, LocalDate startsOn) {}

    private record Count(UUID series, int year, int quarter, int held, int cancelled) {}

    private final JdbcClient jdbc;

    SeriesContinuity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every series of the collaboration with held against planned per quarter, up to {@code today}. */
    public List<SeriesFigures> of(CollaborationId collaboration, LocalDate today) {
        List<Series> series = jdbc.sql("""
                SELECT s.id, s.name, s.planned_per_year, s.starts_on FROM meeting_series s
                WHERE s.collaboration_id = :c ORDER BY lower(s.name), s.seq
                """)
                .param("c", collaboration.value())
                .query((rs, n) -> new Series(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("planned_per_year"), rs.getObject("starts_on", LocalDate.class)))
                .list();
        if (series.isEmpty()) {
            return List.of();
        }
        // Uses meeting_collaboration_starts_ix; only meetings of a series and up to the end of today count.
        List<Count> counts = jdbc.sql("""
                SELECT m.series_id,
                       CAST(extract(year FROM m.starts_at AT TIME ZONE 'Europe/Amsterdam') AS INTEGER) AS y,
                       CAST(extract(quarter FROM m.starts_at AT TIME ZONE 'Europe/Amsterdam') AS INTEGER) AS q,
                       count(*) FILTER (WHERE m.status = 'HELD') AS held,
                       count(*) FILTER (WHERE m.status = 'CANCELLED') AS cancelled
                FROM meeting m
                WHERE m.collaboration_id = :c AND m.series_id IS NOT NULL AND m.starts_at < :until
                GROUP BY m.series_id, y, q
                """)
                .param("c", collaboration.value())
                .param("until", Timestamp.from(today.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, n) -> new Count(rs.getObject("series_id", UUID.class), rs.getInt("y"), rs.getInt("q"),
                        rs.getInt("held"), rs.getInt("cancelled")))
                .list();
        Map<String, Count> byKey = new HashMap<>();
        counts.forEach(c -> byKey.put(c.series() + "/" + c.year() + "/" + c.quarter(), c));
        YearMonth now = YearMonth.from(today);
        List<SeriesFigures> result = new ArrayList<>();
        for (Series s : series) {
            YearMonth first = YearMonth.from(s.startsOn());
            long months = first.isAfter(now) ? 0 : ChronoUnit.MONTHS.between(first, now) + 1;
            int plannedSoFar = (int) Math.round(s.plannedPerYear() * months / 12.0);
            List<QuarterCount> quarters = new ArrayList<>();
            // Meetings held before the plan's start still count, so start at the earliest of both.
            YearMonth from = first;
            for (Count c : counts) {
                if (c.series().equals(s.id())) {
                    YearMonth q = YearMonth.of(c.year(), (c.quarter() - 1) * 3 + 1);
                    if (q.isBefore(from)) {
                        from = q;
                    }
                }
            }
            int heldSoFar = 0;
            for (YearMonth q = quarterStart(from); !q.isAfter(now); q = q.plusMonths(3)) {
                long plannedMonths = 0;
                for (YearMonth m = q; !m.isAfter(q.plusMonths(2)); m = m.plusMonths(1)) {
                    if (!m.isBefore(first) && !m.isAfter(now)) {
                        plannedMonths++;
                    }
                }
                int quarter = (q.getMonthValue() - 1) / 3 + 1;
                Count c = byKey.get(s.id() + "/" + q.getYear() + "/" + quarter);
                int held = c == null ? 0 : c.held();
                heldSoFar += held;
                quarters.add(new QuarterCount(q.getYear(), quarter,
                        (int) Math.round(s.plannedPerYear() * plannedMonths / 12.0), held,
                        c == null ? 0 : c.cancelled()));
            }
            result.add(new SeriesFigures(SeriesId.of(s.id()), s.name(), s.plannedPerYear(), s.startsOn(),
                    plannedSoFar, heldSoFar, List.copyOf(quarters)));
        }
        return List.copyOf(result);
    }

    private static YearMonth quarterStart(YearMonth m) {
        return YearMonth.of(m.getYear(), ((m.getMonthValue() - 1) / 3) * 3 + 1);
    }
}
