package nl.samenspraak.platform;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so any
 * number of nodes can run this without sending a mail twice. A failed attempt is
 * retried with growing pauses (capped at 15 minutes) until the mail server accepts it.
 * Without a configured SMTP server mail simply waits in the outbox.
 */
@Component
public class OutboxMailSender {

    /** Published after a mail was accepted by the mail server. */
    public record MailSent(UUID mailId) {}

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);
    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String from;

    OutboxMailSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx, Clock clock,
                     ApplicationEventPublisher events, @Value("${samenspraak.mail.from}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${samenspraak.outbox.interval}", initialDelayString = "PT2S")
    public void sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        int sent;
        do {
            sent = sendBatch(sender, 20);
        } while (sent == 20);
    }

    /** Sends up to {@code limit} due mails; returns how many were handled. */
    int sendBatch(JavaMailSender sender, int limit) {
        Integer handled = tx.execute(status -> {
            Instant now = clock.instant();
            List<Row> due = jdbc.sql("""
                    SELECT id, recipient, subject, body, attachment_name, attachment_type, attachment, attempts
                    FROM outbox_mail WHERE sent_at IS NULL AND next_attempt_at <= :now
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED
                    """)
                    .param("now", java.sql.Timestamp.from(now)).param("limit", limit)
                    .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("recipient"),
                            rs.getString("subject"), rs.getString("body"), rs.getString("attachment_name"),
                            rs.getString("attachment_type"), rs.getBytes("attachment"), rs.getInt("attempts")))
                    .list();
            for (Row row : due) {
                try {
                    MimeMessage message = sender.createMimeMessage();
                    var helper = new MimeMessageHelper(message, row.attachmentName() != null, "UTF-8");
                    helper.setFrom(from);
                    helper.setTo(row.recipient());
                    helper.setSubject(row.subject());
                    helper.setText(row.body(), false);
                    if (row.attachmentName() != null) {
                        helper.addAttachment(row.attachmentName(), new ByteArrayResource(row.attachment()),
                                row.attachmentType());
                    }
                    sender.send(message);
                    jdbc.sql("UPDATE outbox_mail SET sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                            .param("now", java.sql.Timestamp.from(clock.instant())).param("id", row.id()).update();
                    events.publishEvent(new MailSent(row.id()));
                } catch (Exception e) {
                    Duration pause = Duration.ofSeconds(30L << Math.min(row.attempts(), 10));
                    if (pause.compareTo(MAX_PAUSE) > 0) {
                        pause = MAX_PAUSE;
                    }
                    log.warn("Mail {} not accepted (attempt {}): {}", row.id(), row.attempts() + 1, e.getMessage());
                    jdbc.sql("""
                            UPDATE outbox_mail SET attempts = attempts + 1, last_error = :error,
                                next_attempt_at = :next WHERE id = :id
                            """)
                            .param("error", String.valueOf(e.getMessage()))
                            .param("next", java.sql.Timestamp.from(clock.instant().plus(pause)))
                            .param("id", row.id()).update();
                }
            }
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private record Row(UUID id, String recipient, String subject, String body, String attachmentName,
                       String attachmentType, byte[] attachment, int attempts) {}
}
