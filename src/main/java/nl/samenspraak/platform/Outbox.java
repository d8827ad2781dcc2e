package nl.samenspraak.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transactional outbox for e-mail: a mail is stored in the same transaction as the
 * change that caused it, and {@link OutboxMailSender} delivers it with retries.
 */
@Component
public class Outbox {

    public record Attachment(String name, String contentType, byte[] content) {}

    public record MailView(UUID id, String recipient, String subject, String body, Instant createdAt,
                           int attempts, Instant sentAt, String lastError) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public UUID enqueue(UUID collaborationId, String recipient, String subject, String body, Attachment attachment) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO outbox_mail (id, collaboration_id, recipient, subject, body,
                    attachment_name, attachment_type, attachment, created_at, next_attempt_at)
                VALUES (:id, :collaboration, :recipient, :subject, :body, :aname, :atype, :adata, :now, :now)
                """)
                .param("id", id).param("collaboration", collaborationId)
                .param("recipient", recipient).param("subject", subject).param("body", body)
                .param("aname", attachment == null ? null : attachment.name())
                .param("atype", attachment == null ? null : attachment.contentType())
                .param("adata", attachment == null ? null : attachment.content())
                .param("now", java.sql.Timestamp.from(now))
                .update();
        return id;
    }

    /**
     * Rewrites the text of one mail, for a one-time link that was used or has expired: the
     * link stops being a secret kept in the database, and the record that a mail went out stays.
     */
    @Transactional
    public void rewriteBody(UUID id, java.util.function.UnaryOperator<String> rewrite) {
        jdbc.sql("SELECT body FROM outbox_mail WHERE id = :id FOR UPDATE").param("id", id).query(String.class).optional()
                .ifPresent(body -> jdbc.sql("UPDATE outbox_mail SET body = :body WHERE id = :id")
                        .param("body", rewrite.apply(body)).param("id", id).update());
    }

    /** The newest mails of one collaboration, for the outbox page. */
    public List<MailView> latest(UUID collaborationId, int limit) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, created_at, attempts, sent_at, last_error
                FROM outbox_mail WHERE collaboration_id = :collaboration
                ORDER BY created_at DESC LIMIT :limit
                """)
                .param("collaboration", collaborationId).param("limit", limit)
                .query((rs, n) -> new MailView(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    /** Every mail of one collaboration to this address, oldest first, for the recipient's own data export. */
    public List<MailView> toRecipient(UUID collaborationId, String recipient) {
        return jdbc.sql("""
                SELECT id, recipient, subject, body, created_at, attempts, sent_at, last_error
                FROM outbox_mail WHERE collaboration_id = :collaboration AND lower(recipient) = lower(:r)
                ORDER BY created_at
                """)
                .param("collaboration", collaborationId).param("r", recipient)
                .query((rs, n) -> new MailView(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("last_error")))
                .list();
    }

    /**
     * Locks every mail to this address until the caller's transaction ends. Erasure calls it
     * first: the sender locks a mail and then marks what the mail told as sent, so erasure must
     * take the mails before it touches what they told, or the two wait on each other (a deadlock).
     * The sender skips locked mails; one it is already sending is awaited here.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockRecipient(UUID collaborationId, String recipient) {
        jdbc.sql("SELECT id FROM outbox_mail WHERE collaboration_id = :c AND lower(recipient) = lower(:r) ORDER BY id FOR UPDATE")
                .param("c", collaborationId).param("r", recipient).query(UUID.class).list();
    }

    /**
     * A resident had their data erased: mails not yet sent to their address are dropped, and
     * mails already sent keep only that a mail went out then (address, subject and text go).
     */
    @Transactional
    public int forgetRecipient(UUID collaborationId, String recipient) {
        int dropped = jdbc.sql("DELETE FROM outbox_mail WHERE collaboration_id = :c AND lower(recipient) = lower(:r) AND sent_at IS NULL")
                .param("c", collaborationId).param("r", recipient).update();
        return dropped + jdbc.sql("""
                UPDATE outbox_mail SET recipient = '-', subject = '-', body = '-', attachment_name = NULL,
                    attachment_type = NULL, attachment = NULL, last_error = NULL
                WHERE collaboration_id = :c AND lower(recipient) = lower(:r)
                """)
                .param("c", collaborationId).param("r", recipient).update();
    }
}
