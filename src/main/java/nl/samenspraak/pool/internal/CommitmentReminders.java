package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the coordinators (and the contact person) once, 30 days before a commitment ends, so
 * that they talk with the resident about what comes next. Several nodes may run this at the
 * same moment: the UPDATE that marks a commitment as reminded is what claims it, so a second
 * node waits on the row lock and then finds nothing left.
 */
@Component
class CommitmentReminders {

    static final int DAYS_BEFORE = 30;
    private static final Logger log = LoggerFactory.getLogger(CommitmentReminders.class);

    record Due(UUID id, UUID collaborationId, UUID contactStaffId, LocalDate endsOn) {}

    private final CommitmentNotices notices;
    private final JdbcClient jdbc;
    private final Commitments commitments;
    private final StaffAccounts staff;
    private final Collaborations collaborations;
    private final Outbox outbox;
    private final PoolTexts texts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CommitmentReminders(CommitmentNotices notices, JdbcClient jdbc, Commitments commitments, StaffAccounts staff, Collaborations collaborations,
                        Outbox outbox, PoolTexts texts, AuditTrail audit, PlatformTransactionManager transactionManager,
                        Clock clock) {
        this.notices = notices;
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.staff = staff;
        this.collaborations = collaborations;
        this.outbox = outbox;
        this.texts = texts;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${samenspraak.pool.reminders.cron:0 15 8 * * *}", zone = "Europe/Amsterdam")
    void sendToday() {
        int sent = sendFor(LocalDate.now(clock));
        if (sent > 0) {
            log.info("Reminders sent for {} commitment(s) that end soon", sent);
        }
    }

    /** Claims and reminds every active commitment ending within 30 days of {@code day}; returns how many. */
    int sendFor(LocalDate day) {
        Integer count = transactions.execute(status -> {
            List<Due> due = jdbc.sql("""
                    UPDATE pool_commitment SET reminder_sent_at = :now
                    WHERE status = 'ACTIVE' AND reminder_sent_at IS NULL AND ends_on >= :day AND ends_on <= :until
                    RETURNING id, collaboration_id, contact_staff_id, ends_on
                    """)
                    .param("now", Timestamp.from(clock.instant())).param("day", day)
                    .param("until", day.plusDays(DAYS_BEFORE))
                    .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class)))
                    .list();
            due.forEach(this::remind);
            return due.size();
        });
        return count == null ? 0 : count;
    }

    private void remind(Due due) {
        Commitment c = commitments.find(due.collaborationId(), due.id()).orElseThrow();
        String slug = collaborations.findById(due.collaborationId()).orElseThrow().slug();
        Set<String> recipients = new LinkedHashSet<>();
        for (StaffAccounts.StaffMember m : staff.staffOf(due.collaborationId())) {
            if (m.role() == Role.COORDINATOR || m.id().equals(due.contactStaffId())) {
                recipients.add(m.email());
            }
        }
        PoolTexts.Message m = texts.compose("reminder", PoolTexts.STAFF, notices.roleName(c, PoolTexts.STAFF),
                due.endsOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", PoolTexts.STAFF)),
                texts.url("/beheer/" + slug + "/afspraken/" + c.id()));
        for (String recipient : recipients) {
            outbox.enqueue(due.collaborationId(), recipient, m.subject(), m.body(), null);
        }
        audit.record(due.collaborationId(), "system", "pool.commitment.reminder", "pool_commitment", c.id(),
                String.valueOf(recipients.size()));
    }
}
