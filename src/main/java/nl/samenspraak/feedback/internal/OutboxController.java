package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.resident.PersonalDataViews;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the platform sent, or still tries to send, by e-mail. Without a mail server (the
 * embedded default) this is where a coordinator sees what would have gone out. Personal links
 * in the texts are masked before they reach the model: the resident's key never reaches a staff screen.
 */
@Controller
class OutboxController {

    static final String VIEW = "feedback/outbox";
    static final int SHOWN = 100;

    record MailRow(String recipient, String subject, String body, boolean masked, LocalDateTime createdAt,
                   int attempts, LocalDateTime sentAt, String lastError) {}

    private final StaffAccess staffAccess;
    private final Outbox outbox;
    private final Clock clock;

    private final PersonalDataViews views;

    OutboxController(StaffAccess staffAccess, Outbox outbox, Clock clock, PersonalDataViews views) {
        this.views = views;
        this.staffAccess = staffAccess;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/uitgaande-mail")
    String showOutbox(@PathVariable String slug, Authentication authentication, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        List<MailRow> mails = outbox.latest(access.collaborationId(), SHOWN).stream().map(this::row).toList();
        if (!mails.isEmpty()) {
            // Residents' e-mail addresses and what was written to them: who looked is kept.
            views.open(access, "outbox", "collaboration", access.collaborationId());
        }
        model.addAttribute("access", access);
        model.addAttribute("mails", mails);
        model.addAttribute("shown", SHOWN);
        return VIEW;
    }

    private MailRow row(Outbox.MailView m) {
        PersonalLinkMask.Masked subject = PersonalLinkMask.mask(m.subject());
        PersonalLinkMask.Masked body = PersonalLinkMask.mask(m.body());
        // A mail server's error message may quote the mail, so it is masked as well.
        return new MailRow(m.recipient(), subject.text(), body.text(), subject.masked() || body.masked(),
                LocalDateTime.ofInstant(m.createdAt(), clock.getZone()), m.attempts(),
                m.sentAt() == null ? null : LocalDateTime.ofInstant(m.sentAt(), clock.getZone()),
                PersonalLinkMask.masked(m.lastError()));
    }
}
