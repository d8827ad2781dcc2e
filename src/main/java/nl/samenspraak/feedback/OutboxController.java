package nl.samenspraak.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.PersonalLinkMask;
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

    OutboxController(StaffAccess staffAccess, Outbox outbox, Clock clock) {
        this.staffAccess = staffAccess;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/uitgaande-mail")
    String showOutbox(@PathVariable String slug, Authentication authentication, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        model.addAttribute("access", access);
        model.addAttribute("mails", outbox.latest(access.collaborationId(), SHOWN).stream()
                .map(this::row)
                .toList());
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
