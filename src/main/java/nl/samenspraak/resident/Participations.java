package nl.samenspraak.resident;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    Participations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID collaborationId, UUID residentId, Participation p) {
        jdbc.sql("""
                INSERT INTO resident_participation (id, collaboration_id, resident_id, kind, process_id, series_id,
                    meeting_id, channel, organisation_id, at)
                VALUES (:id, :c, :r, :kind, :process, :series, :meeting, :channel, :org, :now)
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("r", residentId)
                .param("kind", p.kind().name()).param("process", p.processId()).param("series", p.seriesId())
                .param("meeting", p.meetingId()).param("channel", p.channel()).param("org", p.organisationId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
