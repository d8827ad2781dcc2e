package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' consent records: every grant and withdrawal is a new entry, the newest one counts. */
@Repository
class Consents {

    private final JdbcClient jdbc;
    private final Clock clock;

    Consents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(UUID collaborationId, MemberId memberId, Purpose purpose, boolean granted, ConsentHow how,
                 LocalDate givenOn, String recordedBy) {
        jdbc.sql("""
                INSERT INTO pool_consent (id, collaboration_id, member_id, purpose, granted, how, given_on, recorded_by, recorded_at)
                VALUES (:id, :c, :m, :purpose, :granted, :how, :on, :by, :now)
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("m", memberId.value())
                .param("purpose", purpose.name()).param("granted", granted).param("how", how.name())
                .param("on", givenOn).param("by", recordedBy).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The consent that counts now, per purpose: the newest entry, or none given. */
    Map<Purpose, Boolean> current(MemberId memberId) {
        Map<Purpose, Boolean> current = new EnumMap<>(Purpose.class);
        for (Consent c : record(memberId)) {
            current.putIfAbsent(c.purpose(), c.granted());
        }
        for (Purpose p : Purpose.values()) {
            current.putIfAbsent(p, false);
        }
        return current;
    }

    /** Every consent entry of a member, newest first. */
    List<Consent> record(MemberId memberId) {
        return jdbc.sql("""
                SELECT purpose, granted, how, given_on, recorded_by, recorded_at FROM pool_consent
                WHERE member_id = :m ORDER BY seq DESC
                """)
                .param("m", memberId.value())
                .query((rs, n) -> new Consent(Purpose.valueOf(rs.getString(1)), rs.getBoolean(2),
                        ConsentHow.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** The newest consent per purpose of many members at once. */
    Map<UUID, Boolean> invitationConsents(UUID collaborationId, List<UUID> memberIds) {
        Map<UUID, Boolean> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT DISTINCT ON (member_id) member_id, granted FROM pool_consent
                WHERE collaboration_id = :c AND member_id IN (:ids) AND purpose = 'INVITATIONS'
                ORDER BY member_id, seq DESC
                """)
                .param("c", collaborationId).param("ids", memberIds)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class), rs.getBoolean(2))).list();
        return result;
    }

}
