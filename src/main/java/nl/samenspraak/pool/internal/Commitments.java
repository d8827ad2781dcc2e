package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes commitments; what may happen to one is for {@link Commitment} to say. */
@Repository
class Commitments {

    private final JdbcClient jdbc;

    Commitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Commitment c) {
        jdbc.sql("""
                INSERT INTO pool_commitment (id, collaboration_id, member_id, role, role_other, starts_on, ends_on,
                    hours_per_month, support, training, reimbursement, contact_staff_id, expected, status, proposed_by, proposed_at)
                VALUES (:id, :c, :m, :role, :other, :starts, :ends, :hours, :support, :training, :reimbursement, :contact,
                    :expected, :status, :by, :now)
                """)
                .param("id", c.id().value()).param("c", c.collaborationId()).param("m", c.memberId().value())
                .param("role", c.role().name()).param("other", c.roleOther())
                .param("starts", c.startsOn()).param("ends", c.endsOn()).param("hours", c.hoursPerMonth())
                .param("support", c.support()).param("training", c.training())
                .param("reimbursement", c.reimbursement()).param("contact", c.contactStaffId())
                .param("expected", c.expected()).param("status", c.status().name()).param("by", c.proposedBy())
                .param("now", Timestamp.from(c.proposedAt()))
                .update();
    }

    /** Stores the outcome of a step: its status and who agreed or ended it when. */
    void save(Commitment c) {
        jdbc.sql("""
                UPDATE pool_commitment SET status = :s, agreed_at = :agreed, ended_at = :ended, ended_by = :by,
                    end_reason = :reason
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", c.status().name()).param("agreed", timestamp(c.agreedAt()))
                .param("ended", timestamp(c.endedAt())).param("by", c.endedBy()).param("reason", c.endReason())
                .param("id", c.id().value()).param("c", c.collaborationId()).update();
    }

    Optional<Commitment> find(UUID collaborationId, CommitmentId commitmentId) {
        return jdbc.sql("SELECT * FROM pool_commitment WHERE id = :id AND collaboration_id = :c")
                .param("id", commitmentId.value()).param("c", collaborationId).query(ROW).optional();
    }

    Optional<Commitment> find(UUID collaborationId, UUID commitmentId) {
        return find(collaborationId, CommitmentId.of(commitmentId));
    }

    List<Commitment> ofMember(UUID collaborationId, MemberId memberId) {
        return jdbc.sql("SELECT * FROM pool_commitment WHERE member_id = :m AND collaboration_id = :c ORDER BY seq DESC")
                .param("m", memberId.value()).param("c", collaborationId).query(ROW).list();
    }

    List<Commitment> ofMember(UUID collaborationId, UUID memberId) {
        return ofMember(collaborationId, MemberId.of(memberId));
    }

    PoolMembers.Page<Commitment> list(UUID collaborationId, Long before, int size) {
        List<Commitment> rows = jdbc.sql("""
                SELECT * FROM pool_commitment WHERE collaboration_id = :c AND (CAST(:before AS bigint) IS NULL OR seq < :before)
                ORDER BY seq DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("before", before).param("limit", size + 1).query(ROW).list();
        if (rows.size() > size) {
            return new PoolMembers.Page<>(rows.subList(0, size), rows.get(size - 1).seq());
        }
        return new PoolMembers.Page<>(rows, null);
    }

    static final RowMapper<Commitment> ROW = (rs, n) -> new Commitment(CommitmentId.of(rs.getObject("id", UUID.class)),
            rs.getObject("collaboration_id", UUID.class), MemberId.of(rs.getObject("member_id", UUID.class)),
            Role.valueOf(rs.getString("role")), rs.getString("role_other"), rs.getObject("starts_on", LocalDate.class),
            rs.getObject("ends_on", LocalDate.class), rs.getInt("hours_per_month"), rs.getString("support"),
            rs.getString("training"), rs.getString("reimbursement"), rs.getObject("contact_staff_id", UUID.class),
            rs.getString("expected"), Commitment.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
            rs.getTimestamp("proposed_at").toInstant(), instant(rs.getTimestamp("agreed_at")),
            instant(rs.getTimestamp("ended_at")), rs.getString("ended_by"), rs.getString("end_reason"),
            instant(rs.getTimestamp("reminder_sent_at")), rs.getLong("seq"));

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
