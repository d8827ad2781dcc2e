package nl.samenspraak.resident;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a message to a resident in the channel they chose: e-mail through the outbox (so it
 * survives a mail server outage), a letter or a call queued for staff, or nothing when they
 * chose not to be contacted. Callers write the text in the resident's own language.
 */
@Service
public class ResidentMessages {

    /** What happened to a message, so callers can tell staff. */
    public enum Delivery { EMAIL_QUEUED, LETTER_QUEUED, CALL_QUEUED, NOT_SENT }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Residents residents;
    private final Clock clock;

    ResidentMessages(JdbcClient jdbc, Outbox outbox, Residents residents, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.residents = residents;
        this.clock = clock;
    }

    /**
     * @param attachment only sent with e-mail (e.g. a calendar file); may be null
     */
    @Transactional
    public Delivery send(UUID collaborationId, UUID residentId, String subject, String body, Outbox.Attachment attachment) {
        Resident resident = residents.find(collaborationId, residentId).orElseThrow(NotFoundException::new);
        if (resident.erased()) {
            return Delivery.NOT_SENT;
        }
        return switch (resident.contactBy()) {
            case EMAIL -> {
                outbox.enqueue(collaborationId, resident.email(), subject, body, attachment);
                yield Delivery.EMAIL_QUEUED;
            }
            case POST -> {
                queue(resident, "POST", subject, body);
                yield Delivery.LETTER_QUEUED;
            }
            case PHONE -> {
                queue(resident, "PHONE", subject, body);
                yield Delivery.CALL_QUEUED;
            }
            case NONE -> Delivery.NOT_SENT;
        };
    }

    private void queue(Resident resident, String channel, String subject, String body) {
        jdbc.sql("""
                INSERT INTO resident_message (id, collaboration_id, resident_id, channel, subject, body, created_at)
                VALUES (:id, :c, :r, :channel, :subject, :body, :now)
                """)
                .param("id", UUID.randomUUID()).param("c", resident.collaborationId()).param("r", resident.id())
                .param("channel", channel).param("subject", subject).param("body", body)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
