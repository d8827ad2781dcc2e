package nl.samenspraak.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The meetings of a collaboration as a short list to choose from (what another module looks back on, such as a
 * Ripple Effects Mapping session): ids, titles and start times only, no registrations or personal data.
 */
@Service
public class MeetingList {

    /** A meeting to choose: its id, title and when it started. */
    public record MeetingChoice(MeetingId id, String title, Instant startsAt) {}

    private final JdbcClient jdbc;

    MeetingList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest {@code limit} meetings of this collaboration that started before {@code before}, newest first. */
    public List<MeetingChoice> heldBefore(UUID collaborationId, Instant before, int limit) {
        return jdbc.sql("""
                        SELECT id, title, starts_at FROM meeting
                        WHERE collaboration_id = :c AND starts_at < :before
                        ORDER BY starts_at DESC, id LIMIT :limit
                        """)
                .param("c", collaborationId).param("before", java.sql.Timestamp.from(before))
                .param("limit", Math.max(1, limit))
                .query((rs, n) -> new MeetingChoice(MeetingId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** One meeting of this collaboration; empty for a meeting of another collaboration. */
    public java.util.Optional<MeetingChoice> find(UUID collaborationId, MeetingId id) {
        return jdbc.sql("SELECT id, title, starts_at FROM meeting WHERE id = :id AND collaboration_id = :c")
                .param("id", id.value()).param("c", collaborationId)
                .query((rs, n) -> new MeetingChoice(MeetingId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }
}
