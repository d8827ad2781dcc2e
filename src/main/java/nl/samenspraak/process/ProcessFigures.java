package nl.samenspraak.process;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of processes per calendar quarter for the process indicators of the monitoring module:
 * numbers only, aggregated in SQL.
 */
@Service
public class ProcessFigures {

    /**
     * In which phase residents were first involved, for the processes that started in a quarter
     * (the start of their first phase; without phases, the day the process was made).
     *
     * @param early   residents involved from the first phase
     * @param late    residents involved from a later phase
     * @param unknown the first phase of involvement is not (or not recognisably) one of the process's phases
     */
    public record FirstInvolvement(int year, int quarter, int early, int late, int unknown) {}

    private final JdbcClient jdbc;

    ProcessFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Processes that started from {@code from} up to {@code today}, per quarter, by phase of first involvement. */
    public List<FirstInvolvement> firstInvolvementPerQuarter(CollaborationId collaboration, LocalDate from,
                                                             LocalDate today) {
        // Uses process_collaboration_ix and phase_process_ix. The phase is recognised by its name, as typed.
        return jdbc.sql("""
                WITH started AS (
                    SELECT coalesce(min(ph.starts_on), CAST(p.created_at AT TIME ZONE 'Europe/Amsterdam' AS DATE)) AS started_on,
                           min(ph.position) AS first_position,
                           min(ph.position) FILTER (WHERE btrim(p.first_involved_phase) <> ''
                               AND lower(btrim(ph.name)) = lower(btrim(p.first_involved_phase))) AS chosen_position
                    FROM process p LEFT JOIN phase ph ON ph.process_id = p.id
                    WHERE p.collaboration_id = :c
                    GROUP BY p.id
                )
                SELECT CAST(extract(year FROM started_on) AS INTEGER) AS y,
                       CAST(extract(quarter FROM started_on) AS INTEGER) AS q,
                       count(*) FILTER (WHERE chosen_position = first_position) AS early,
                       count(*) FILTER (WHERE chosen_position > first_position) AS late,
                       count(*) FILTER (WHERE chosen_position IS NULL) AS unknown
                FROM started
                WHERE started_on >= :from AND started_on <= :today
                GROUP BY y, q ORDER BY y, q
                """)
                .param("c", collaboration.value()).param("from", Date.valueOf(from)).param("today", Date.valueOf(today))
                .query((rs, n) -> new FirstInvolvement(rs.getInt("y"), rs.getInt("q"), rs.getInt("early"),
                        rs.getInt("late"), rs.getInt("unknown")))
                .list();
    }
}
