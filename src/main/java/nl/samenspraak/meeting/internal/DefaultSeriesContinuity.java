package nl.samenspraak.meeting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.meeting.SeriesContinuity;
import nl.samenspraak.meeting.SeriesId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** One query: the series of a collaboration with their held meetings in the period counted alongside. */
@Service
class DefaultSeriesContinuity implements SeriesContinuity {

    private final JdbcClient jdbc;

    DefaultSeriesContinuity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SeriesHeld> heldVersusPlanned(CollaborationId collaboration, LocalDate from, LocalDate to) {
        // meeting_series_collaboration_ix for the series, meeting_series_starts_ix for the count.
        return jdbc.sql("""
                SELECT s.id, s.name, s.planned_per_year, s.starts_on,
                       (SELECT count(*) FROM meeting m
                         WHERE m.series_id = s.id AND m.status = 'HELD'
                           AND m.starts_at >= (:from::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
                           AND m.starts_at < ((:to::date) + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') AS held
                  FROM meeting_series s
                 WHERE s.collaboration_id = :c AND s.starts_on <= :to
                 ORDER BY s.name, s.id
                """)
                .param("c", collaboration.value()).param("from", from).param("to", to)
                .query((rs, n) -> {
                    LocalDate startsOn = rs.getDate("starts_on").toLocalDate();
                    YearMonth first = YearMonth.from(startsOn.isAfter(from) ? startsOn : from);
                    long months = ChronoUnit.MONTHS.between(first, YearMonth.from(to)) + 1;
                    int planned = (int) Math.round(rs.getInt("planned_per_year") * months / 12.0);
                    return new SeriesHeld(new SeriesId(rs.getObject("id", java.util.UUID.class)), rs.getString("name"),
                            planned, rs.getInt("held"));
                })
                .list();
    }
}
