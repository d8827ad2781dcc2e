package nl.samenspraak.resident;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a resident took part (joined the pool, registered for a meeting) and how they
 * were reached, so "who is at the table" can compare participants with the population per
 * process, meeting series and pool, and show which channels and partners brought in whom.
 */
@Service
public class Participations {

    /** Where a resident takes part. */
    public enum Kind { POOL, MEETING }

    /**
     * @param processId      the process the meeting belongs to, if any
     * @param seriesId       the recurring structure (e.g. a sounding-board group), if any
     * @param meetingId      the meeting, for kind MEETING
     * @param channel        how they came in: ONLINE (themselves), STAFF (added after a conversation),
     *                       DOOR_TO_DOOR, PHONE, PAPER, MEETING
     * @param organisationId the member organisation that brought them in, if any
     */
    public record Participation(Kind kind, UUID processId, UUID seriesId, UUID meetingId, String channel,
                                UUID organisationId) {}

    /** How many different residents took part in one way in one calendar quarter. */
    public record Reach(int year, int quarter, Kind kind, int residents) {}

    /**
     * Of the different residents who took part in a quarter, how many took part again (in any way)
     * within the 12 months after that quarter. A resident is recognised by their resident record.
     */
    public record Retention(int year, int quarter, int residents, int returned) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Participations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID collaborationId, UUID residentId, Participation p) {
        insert(collaborationId, residentId, p, clock.instant());
    }

    /**
     * Records taking part at an earlier moment: for demo content with years of history and for importing a
     * collaboration's earlier work. No web page or API endpoint calls this; {@link #record} is the path of
     * everything residents and staff do now.
     *
     * @throws IllegalArgumentException for a moment in the future
     */
    @Transactional
    public void recordEarlier(UUID collaborationId, UUID residentId, Participation p, java.time.Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("an earlier participation cannot be in the future: " + at);
        }
        insert(collaborationId, residentId, p, at);
    }

    private void insert(UUID collaborationId, UUID residentId, Participation p, java.time.Instant at) {
        jdbc.sql("""
                INSERT INTO resident_participation (id, collaboration_id, resident_id, kind, process_id, series_id,
                    meeting_id, channel, organisation_id, at)
                VALUES (:id, :c, :r, :kind, :process, :series, :meeting, :channel, :org, :at)
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("r", residentId)
                .param("kind", p.kind().name()).param("process", p.processId()).param("series", p.seriesId())
                .param("meeting", p.meetingId()).param("channel", p.channel()).param("org", p.organisationId())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Different residents per quarter and kind of taking part, from {@code from} up to {@code today}. */
    public List<Reach> reachPerQuarter(CollaborationId collaboration, LocalDate from, LocalDate today) {
        // Uses resident_participation_collaboration_at_ix (V145).
        return jdbc.sql("""
                SELECT CAST(extract(year FROM p.at AT TIME ZONE 'Europe/Amsterdam') AS INTEGER) AS y,
                       CAST(extract(quarter FROM p.at AT TIME ZONE 'Europe/Amsterdam') AS INTEGER) AS q,
                       p.kind, count(DISTINCT p.resident_id) AS residents
                FROM resident_participation p
                WHERE p.collaboration_id = :c
                  AND p.at >= CAST(:from AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                  AND p.at < CAST(:until AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                GROUP BY y, q, p.kind ORDER BY y, q, p.kind
                """)
                .param("c", collaboration.value()).param("from", from).param("until", today.plusDays(1))
                .query((rs, n) -> new Reach(rs.getInt("y"), rs.getInt("q"), Kind.valueOf(rs.getString("kind")),
                        rs.getInt("residents")))
                .list();
    }

    /**
     * Retention for every quarter from {@code from} whose following 12 months have passed by
     * {@code today}, so that a recent quarter does not look worse only because time has not passed yet.
     */
    public List<Retention> retentionPerQuarter(CollaborationId collaboration, LocalDate from, LocalDate today) {
        // Uses resident_participation_collaboration_at_ix and resident_participation_resident_at_ix (V145).
        return jdbc.sql("""
                WITH taking_part AS (
                    SELECT DISTINCT p.resident_id, date_trunc('quarter', p.at AT TIME ZONE 'Europe/Amsterdam') AS qs
                    FROM resident_participation p
                    WHERE p.collaboration_id = :c
                      AND p.at >= CAST(:from AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                      AND p.at < CAST(:until AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                )
                SELECT CAST(extract(year FROM t.qs) AS INTEGER) AS y, CAST(extract(quarter FROM t.qs) AS INTEGER) AS q,
                       count(*) AS residents,
                       count(*) FILTER (WHERE EXISTS (
                           SELECT 1 FROM resident_participation again
                           WHERE again.resident_id = t.resident_id AND again.collaboration_id = :c
                             AND again.at >= (t.qs + INTERVAL '3 months') AT TIME ZONE 'Europe/Amsterdam'
                             AND again.at < (t.qs + INTERVAL '15 months') AT TIME ZONE 'Europe/Amsterdam')) AS returned
                FROM taking_part t
                WHERE t.qs + INTERVAL '15 months' <= CAST(:until AS TIMESTAMP)
                GROUP BY y, q ORDER BY y, q
                """)
                .param("c", collaboration.value()).param("from", from).param("until", today.plusDays(1))
                .query((rs, n) -> new Retention(rs.getInt("y"), rs.getInt("q"), rs.getInt("residents"), rs.getInt("returned")))
                .list();
    }
}
