package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffAccounts.StaffMember;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InputViews.DueCounts;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every working morning, tells the coordinators and professionals of each collaboration
 * which inputs are past their answer date or nearly there, so that no promise to a
 * resident is broken unnoticed. Collaborations with nothing due get no mail.
 *
 * <p>Several app nodes may run this at the same moment. Each collaboration is handled in
 * its own transaction that first claims the day in {@code deadline_reminder} and then puts
 * the mails in the outbox: the primary key lets one node win, the others skip, and a run
 * that fails halfway leaves neither a claim nor half the mails behind.
 */
@Component
class DeadlineReminders {

    /** How many inputs a reminder lists; the counts tell about the rest. */
    static final int LISTED = 10;
    static final String ACTOR = "system";
    static final String AUDIT_ACTION = "reminder.deadline";

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final InputViews inputs;
    private final Processes processes;
    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final DeadlineReminderMail mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    DeadlineReminders(InputViews inputs, Processes processes, Collaborations collaborations, StaffAccounts staff,
                      Outbox outbox, AuditTrail audit, DeadlineReminderMail mail, JdbcClient jdbc,
                      PlatformTransactionManager transactionManager, Clock clock,
                      @Value("${samenspraak.base-url}") String baseUrl) {
        this.inputs = inputs;
        this.processes = processes;
        this.collaborations = collaborations;
        this.staff = staff;
        this.outbox = outbox;
        this.audit = audit;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${samenspraak.reminders.cron:0 0 8 * * MON-FRI}", zone = "Europe/Amsterdam")
    void sendToday() {
        int reminded = sendFor(LocalDate.now(clock));
        log.info("Deadline reminders sent for {} collaboration(s)", reminded);
    }

    /** Sends the reminders of {@code day} that no node sent yet; returns for how many collaborations. */
    int sendFor(LocalDate day) {
        Map<UUID, DueCounts> due = inputs.dueCountsPerCollaboration(day);
        int reminded = 0;
        // A fixed order, so that nodes running at the same moment meet each other's claims one by one.
        for (UUID collaborationId : due.keySet().stream().sorted().toList()) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> remind(collaborationId, due.get(collaborationId), day)))) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                // One broken collaboration must not cost all others their reminder.
                log.error("Deadline reminder for collaboration {} on {} failed", collaborationId, day, e);
            }
        }
        return reminded;
    }

    private boolean remind(UUID collaborationId, DueCounts counts, LocalDate day) {
        if (!claim(collaborationId, day)) {
            return false;
        }
        Collaboration collaboration = collaborations.findById(collaborationId).orElseThrow();
        List<StaffMember> recipients = staff.staffOf(collaborationId).stream()
                .filter(m -> m.role() == Role.COORDINATOR || m.role() == Role.PROFESSIONAL)
                .toList();
        if (!recipients.isEmpty()) {
            List<Input> urgent = inputs.dueSoonOn(collaborationId, day, LISTED);
            Map<UUID, String> titles = processes.ofCollaboration(collaborationId).stream()
                    .collect(Collectors.toMap(Process::id, Process::title));
            String dashboard = baseUrl + "/beheer/" + collaboration.slug();
            for (StaffMember recipient : recipients) {
                AnswerMail.Mail message = mail.compose(recipient.displayName(), collaboration.name(), dashboard,
                        counts, urgent, titles, day);
                outbox.enqueue(collaborationId, recipient.email(), message.subject(), message.body(), null);
            }
        }
        audit.record(collaborationId, ACTOR, AUDIT_ACTION, "collaboration", collaborationId,
                String.valueOf(recipients.size()));
        return true;
    }

    /** Blocks while another node holds an uncommitted claim for the same day, then sees it. */
    private boolean claim(UUID collaborationId, LocalDate day) {
        return jdbc.sql("""
                INSERT INTO deadline_reminder (collaboration_id, sent_on, sent_at) VALUES (:c, :day, :now)
                ON CONFLICT DO NOTHING
                """)
                .param("c", collaborationId).param("day", day)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
