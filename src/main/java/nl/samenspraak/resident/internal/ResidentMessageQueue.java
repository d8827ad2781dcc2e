package nl.samenspraak.resident.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The letters to print and the calls to make for residents who chose post or phone. */
@Service
class ResidentMessageQueue {

    static final int LIMIT = 200;

    record Queued(UUID id, UUID residentId, String channel, String subject, String body, Instant createdAt,
                  String name, String postalAddress, String phone, String language) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ResidentMessageQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open messages of one channel, oldest first, with the contact details in the same query. */
    List<Queued> open(UUID collaborationId, String channel) {
        return jdbc.sql("""
                SELECT m.id, m.resident_id, m.channel, m.subject, m.body, m.created_at, r.name, r.postal_address, r.phone,
                       r.language
                FROM resident_message m JOIN resident r ON r.id = m.resident_id
                WHERE m.collaboration_id = :c AND m.channel = :ch AND m.done_at IS NULL
                ORDER BY m.seq LIMIT :limit
                """)
                .param("c", collaborationId).param("ch", channel).param("limit", LIMIT)
                .query((rs, n) -> new Queued(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
                        rs.getString("channel"), rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("name"), rs.getString("postal_address"),
                        rs.getString("phone"), rs.getString("language")))
                .list();
    }

    /** Marks messages done; only open ones of this collaboration and channel. Returns the ids marked. */
    @Transactional
    List<UUID> markDone(UUID collaborationId, String channel, List<UUID> ids, UUID staffId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                UPDATE resident_message SET done_at = :now, done_by = :by
                WHERE collaboration_id = :c AND channel = :ch AND id IN (:ids) AND done_at IS NULL
                RETURNING id
                """)
                .param("now", Timestamp.from(clock.instant())).param("by", staffId).param("c", collaborationId)
                .param("ch", channel).param("ids", ids)
                .query(UUID.class).list();
    }
}
