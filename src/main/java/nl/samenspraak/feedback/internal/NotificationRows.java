package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.NotificationState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the notification rows: one row per time an author must be told, per channel. */
@Repository
class NotificationRows {

    enum Channel { EMAIL, POST, PHONE }

    record Latest(UUID id, String answerDigest, boolean open) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Serialises the work for one input until the transaction ends, so two answers given
     * in quick succession (handled on two threads) cannot both decide "nothing open yet".
     */
    void lockInput(UUID inputId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "notification:" + inputId)
                .query((rs, n) -> 1).list();
    }

    Optional<Latest> latest(UUID collaborationId, UUID inputId, Channel channel) {
        return jdbc.sql("""
                SELECT id, answer_digest, done_at IS NULL AS open FROM notification
                WHERE collaboration_id = :c AND input_id = :i AND channel = :ch AND kind = 'ANSWER'
                ORDER BY created_at DESC, (done_at IS NULL) DESC LIMIT 1
                """)
                .param("c", collaborationId).param("i", inputId).param("ch", channel.name())
                .query((rs, n) -> new Latest(rs.getObject("id", UUID.class), rs.getString("answer_digest"),
                        rs.getBoolean("open")))
                .optional();
    }

    UUID insert(UUID collaborationId, UUID inputId, Channel channel, NotificationState state, UUID outboxMailId,
                String answerDigest) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO notification (id, collaboration_id, input_id, channel, state, outbox_mail_id, created_at,
                    answer_digest)
                VALUES (:id, :c, :i, :ch, :state, :mail, :now, :digest)
                """)
                .param("id", id).param("c", collaborationId).param("i", inputId).param("ch", channel.name())
                .param("state", state.name()).param("mail", outboxMailId)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("digest", answerDigest)
                .update();
        return id;
    }

    boolean noticeExists(UUID inputId, Channel channel, NoticeKind kind, String subjectKey) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM notification
                               WHERE input_id = :i AND channel = :ch AND kind = :kind AND subject_key = :key)
                """)
                .param("i", inputId).param("ch", channel.name()).param("kind", kind.name()).param("key", subjectKey)
                .query(Boolean.class).single();
    }

    /**
     * A notice other than an answer. The unique index on (input, channel, kind, subject) keeps it
     * to one row even if two instances race past {@link #noticeExists}: the second insert does nothing.
     */
    boolean insertNotice(UUID collaborationId, UUID inputId, Channel channel, NotificationState state,
                         UUID outboxMailId, NoticeKind kind, String subjectKey, String heading, String message) {
        return jdbc.sql("""
                INSERT INTO notification (id, collaboration_id, input_id, channel, state, outbox_mail_id, created_at,
                    kind, subject_key, heading, message)
                VALUES (:id, :c, :i, :ch, :state, :mail, :now, :kind, :key, :heading, :message)
                ON CONFLICT DO NOTHING
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("i", inputId)
                .param("ch", channel.name()).param("state", state.name()).param("mail", outboxMailId)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("kind", kind.name())
                .param("key", subjectKey).param("heading", heading).param("message", message)
                .update() == 1;
    }

    void updateDigest(UUID notificationId, String answerDigest) {
        jdbc.sql("UPDATE notification SET answer_digest = :digest WHERE id = :id AND done_at IS NULL")
                .param("digest", answerDigest).param("id", notificationId).update();
    }

    int markMailSent(UUID outboxMailId) {
        return jdbc.sql("""
                UPDATE notification SET state = 'SENT', done_at = :now
                WHERE outbox_mail_id = :mail AND state = 'QUEUED'
                """)
                .param("now", java.sql.Timestamp.from(clock.instant())).param("mail", outboxMailId)
                .update();
    }
}
