package nl.samenspraak.vision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffAccounts.StaffMember;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handvat 1 asks that the vision grows along ("laat deze meegroeien"): once the current version is a year old,
 * and every year after, the coordinators get one mail that invites a review. Each collaboration is handled in
 * its own transaction that first claims the reminder in {@code vision_review_reminder}, so nodes running at the
 * same moment send it once, and a failure leaves neither the claim nor half the mails.
 */
@Component
class VisionReviewReminders {

    static final String ACTOR = "system";
    static final String AUDIT_ACTION = "vision.review.remind";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Logger log = LoggerFactory.getLogger(VisionReviewReminders.class);

    private final Visions visions;
    private final Collaborations collaborations;
    private final StaffAccounts staff;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Dates dates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;

    VisionReviewReminders(Visions visions, Collaborations collaborations, StaffAccounts staff, Outbox outbox,
                          AuditTrail audit, MessageSource messages, Dates dates, PlatformTransactionManager transactionManager,
                          Clock clock, @Value("${samenspraak.base-url}") String baseUrl) {
        this.visions = visions;
        this.collaborations = collaborations;
        this.staff = staff;
        this.outbox = outbox;
        this.audit = audit;
        this.messages = messages;
        this.dates = dates;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${samenspraak.vision.review-cron:0 30 7 * * *}", zone = "Europe/Amsterdam")
    void remindToday() {
        int reminded = remindOn(LocalDate.now(clock));
        log.info("Vision review reminders sent for {} collaboration(s)", reminded);
    }

    /** Sends the reminders due on {@code day} that were not sent yet; returns for how many collaborations. */
    int remindOn(LocalDate day) {
        int reminded = 0;
        for (Visions.Newest newest : visions.newestOfAll()) {
            int years = Period.between(newest.publishedOn(), day).getYears();
            if (years < 1) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> remind(newest, years)))) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                // One broken collaboration must not cost the others their reminder.
                log.error("Vision review reminder for collaboration {} failed", newest.collaborationId(), e);
            }
        }
        return reminded;
    }

    private boolean remind(Visions.Newest newest, int years) {
        if (!visions.claimReminder(newest.collaborationId(), newest.number(), years, clock.instant())) {
            return false;
        }
        Collaboration collaboration = collaborations.findById(newest.collaborationId()).orElseThrow();
        List<StaffMember> coordinators = staff.staffOf(newest.collaborationId()).stream()
                .filter(m -> m.role() == Role.COORDINATOR).toList();
        String page = baseUrl + "/beheer/" + collaboration.slug() + "/visie";
        for (StaffMember coordinator : coordinators) {
            String subject = messages.getMessage("vision.staff.reviewMail.subject", new Object[] {collaboration.name()}, DUTCH);
            String body = messages.getMessage("vision.staff.reviewMail.body", new Object[] {coordinator.displayName(),
                    collaboration.name(), newest.number(), dates.date(newest.publishedOn(), DUTCH), page}, DUTCH);
            outbox.enqueue(newest.collaborationId(), coordinator.email(), subject, body, null);
        }
        audit.record(newest.collaborationId(), ACTOR, AUDIT_ACTION, "vision_version",
                newest.collaborationId() + "/" + newest.number(), years + " year(s), " + coordinators.size() + " mail(s)");
        return true;
    }
}
