package nl.samenspraak.feedback;

import java.time.Clock;
import java.time.LocalDateTime;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.Outbox;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the platform sent, or still tries to send, by e-mail. Without a mail server (the
 * embedded default) this is where a coordinator sees what would have gone out.
 */
@Controller
class OutboxController {

    static final String VIEW = "feedback/outbox";
    static final int SHOWN = 100;

    record MailRow(String recipient, String subject, String body, LocalDateTime createdAt, int attempts,
                   LocalDateTime sentAt, String lastError) {}

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
                .map(m -> new MailRow(m.recipient(), m.subject(), m.body(),
                        LocalDateTime.ofInstant(m.createdAt(), clock.getZone()), m.attempts(),
                        m.sentAt() == null ? null : LocalDateTime.ofInstant(m.sentAt(), clock.getZone()),
                        m.lastError()))
                .toList());
        model.addAttribute("shown", SHOWN);
        return VIEW;
    }
}
