package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.pool.MemberId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations members received: finding them, storing them, and what a member does with
 * one (answer it, or leave the pool so that it is called off). The rules are {@link Invitation}'s;
 * this class loads, calls and saves. Sending them is {@link InvitationRound}'s job.
 */
@Service
class Invitations {

    private final JdbcClient jdbc;
    private final Activities activities;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Activities activities, Clock clock) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.clock = clock;
    }

    Optional<Invitation> find(UUID collaborationId, InvitationId invitationId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE id = :id AND collaboration_id = :c")
                .param("id", invitationId.value()).param("c", collaborationId).query(ROW).optional();
    }

    /** The invitations to one activity, oldest first. */
    List<Invitation> to(UUID collaborationId, UUID activityId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE activity_id = :a AND collaboration_id = :c ORDER BY sent_at")
                .param("a", activityId).param("c", collaborationId).query(ROW).list();
    }

    /** One member's invitations, newest first. */
    List<Invitation> of(UUID collaborationId, MemberId memberId) {
        return jdbc.sql("SELECT * FROM pool_invitation WHERE member_id = :m AND collaboration_id = :c ORDER BY sent_at DESC")
                .param("m", memberId.value()).param("c", collaborationId).query(ROW).list();
    }

    /** Which of these members were already invited to the activity. */
    Set<UUID> invited(UUID activityId, List<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT member_id FROM pool_invitation WHERE activity_id = :a AND member_id IN (:ids)")
                .param("a", activityId).param("ids", memberIds).query(UUID.class).list());
    }

    /** The member's answer through their link: yes or no, with an optional note; may change until the start. */
    @Transactional
    void reply(UUID collaborationId, InvitationId invitationId, MemberId memberId, boolean accept, String note) {
        Invitation invitation = find(collaborationId, invitationId)
                .filter(i -> i.memberId().equals(memberId.value()))
                .orElseThrow(NotFoundException::new);
        Activity activity = activities.find(collaborationId, invitation.activityId()).orElseThrow(NotFoundException::new);
        save(invitation.reply(accept, note, activity, clock.instant()));
    }

    /** The member left: invitations they have not answered are called off. */
    void cancelOpenInvitationsOf(MemberId memberId) {
        jdbc.sql("SELECT * FROM pool_invitation WHERE member_id = :m ORDER BY sent_at FOR UPDATE")
                .param("m", memberId.value()).query(ROW).list().stream()
                .filter(Invitation::unanswered).map(Invitation::memberLeft).forEach(this::save);
    }

    /** A member may answer (or change their answer) until the activity starts, unless they left. */
    boolean answerable(Invitation invitation, Activity activity) {
        return invitation.answerable(activity, clock.instant());
    }

    void insert(Invitation i) {
        jdbc.sql("""
                INSERT INTO pool_invitation (id, collaboration_id, activity_id, member_id, status, delivery, sent_at)
                VALUES (:id, :c, :a, :m, :s, :delivery, :sent)
                """)
                .param("id", i.id().value()).param("c", i.collaborationId()).param("a", i.activityId())
                .param("m", i.memberId()).param("s", i.status().name()).param("delivery", i.delivery())
                .param("sent", Timestamp.from(i.sentAt()))
                .update();
    }

    void save(Invitation i) {
        jdbc.sql("""
                UPDATE pool_invitation SET status = :s, note = :note, answered_at = :answered
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("s", i.status().name()).param("note", i.note())
                .param("answered", i.answeredAt() == null ? null : Timestamp.from(i.answeredAt()))
                .param("id", i.id().value()).param("c", i.collaborationId())
                .update();
    }

    static final RowMapper<Invitation> ROW = (rs, n) -> new Invitation(
            InvitationId.of(rs.getObject("id", UUID.class)), rs.getObject("collaboration_id", UUID.class),
            rs.getObject("activity_id", UUID.class), rs.getObject("member_id", UUID.class),
            Invitation.Status.valueOf(rs.getString("status")), rs.getString("note"),
            rs.getTimestamp("sent_at").toInstant(),
            rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
            rs.getString("delivery"));
}
