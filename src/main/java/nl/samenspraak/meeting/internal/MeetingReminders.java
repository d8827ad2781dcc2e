package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two days before a meeting, reminds everyone with a place. Several nodes may run this at
 * once: each claims its registrations by setting {@code reminder_sent_at} on rows it locked
 * (others skip locked rows), and sends in the same transaction, so each reminder goes once.
 */
@Component
class MeetingReminders {

    /** Matches the interval in the query below. */
    static final Duration BEFORE = Duration.ofDays(2);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Registrations registrations;
    private final MeetingMessages messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MeetingReminders(JdbcClient jdbc, Meetings meetings, Registrations registrations, MeetingMessages messages,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrations = registrations;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${samenspraak.meeting.reminder-interval:PT15M}", initialDelayString = "PT2M")
    void sendDue() {
        int sent = sendDue(clock.instant());
        if (sent > 0) {
            log.info("Meeting reminders sent: {}", sent);
        }
    }

    /** Sends the reminders due at {@code now} that no node sent yet; returns how many. */
    int sendDue(Instant now) {
        int total = 0;
        while (true) {
            Integer sent = transactions.execute(status -> batch(now));
            total += sent == null ? 0 : sent;
            if (sent == null || sent < BATCH) {
                return total;
            }
        }
    }

    private record Claimed(UUID collaborationId, UUID meetingId, UUID registrationId, UUID residentId) {}

    private int batch(Instant now) {
        // Someone who got their place inside the last two days already has all details fresh.
        List<Claimed> claimed = jdbc.sql("""
                UPDATE meeting_registration r SET reminder_sent_at = :now
                WHERE r.reminder_sent_at IS NULL AND r.status = 'REGISTERED' AND r.id IN (
                    SELECT x.id FROM meeting_registration x JOIN meeting m ON m.id = x.meeting_id
                    WHERE x.status = 'REGISTERED' AND x.reminder_sent_at IS NULL AND m.status = 'PLANNED'
                      AND m.starts_at > :now AND m.starts_at <= :horizon AND x.placed_at < m.starts_at - interval '2 days'
                    ORDER BY x.seq LIMIT :batch FOR UPDATE OF x SKIP LOCKED)
                RETURNING r.collaboration_id, r.meeting_id, r.id, r.resident_id
                """)
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(BEFORE)))
                .param("batch", BATCH)
                .query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class)))
                .list();
        for (Claimed c : claimed) {
            Meeting meeting = meetings.find(c.collaborationId(), c.meetingId()).orElseThrow(NotFoundException::new);
            messages.send(MeetingMessages.Kind.REMINDER, meeting, c.residentId(),
                    registrations.issueLink(meeting, c.residentId(), c.registrationId()), 0);
        }
        return claimed.size();
    }
}
