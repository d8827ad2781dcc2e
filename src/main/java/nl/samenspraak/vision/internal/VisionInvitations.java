package nl.samenspraak.vision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which residents were invited to comment on the draft, and how the invitation went out. */
@Repository
class VisionInvitations {

    record Invitation(UUID id, UUID residentId, String delivery, Instant invitedAt) {}

    private final JdbcClient jdbc;

    VisionInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID id, UUID collaborationId, UUID residentId, String delivery, Instant at, String actor) {
        jdbc.sql("""
                INSERT INTO vision_invitation (id, collaboration_id, resident_id, delivery, invited_at, invited_by)
                VALUES (:id, :c, :r, :d, :at, :by)
                """)
                .param("id", id).param("c", collaborationId).param("r", residentId).param("d", delivery)
                .param("at", Timestamp.from(at)).param("by", actor).update();
    }

    /** The newest invitations first, at most {@code limit}. */
    List<Invitation> latest(UUID collaborationId, int limit) {
        return jdbc.sql("""
                SELECT id, resident_id, delivery, invited_at FROM vision_invitation WHERE collaboration_id = :c
                ORDER BY invited_at DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("limit", limit)
                .query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
                        rs.getString("delivery"), rs.getTimestamp("invited_at").toInstant()))
                .list();
    }

    List<Invitation> ofResident(UUID residentId) {
        return jdbc.sql("SELECT id, resident_id, delivery, invited_at FROM vision_invitation WHERE resident_id = :r ORDER BY invited_at")
                .param("r", residentId)
                .query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
                        rs.getString("delivery"), rs.getTimestamp("invited_at").toInstant()))
                .list();
    }

    /** The invitation is a fact about a person; after erasure nothing is left that points to them. */
    void erase(UUID residentId) {
        jdbc.sql("DELETE FROM vision_invitation WHERE resident_id = :r").param("r", residentId).update();
    }
}
