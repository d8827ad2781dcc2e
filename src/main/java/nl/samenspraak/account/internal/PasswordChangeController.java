package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.platform.FormErrors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member changes their own password: the current one proves it is them and not
 * someone at an unlocked computer. Afterwards every other session of the account ends, and
 * this one continues under a new id.
 */
@Controller
class PasswordChangeController {

    static final String VIEW = "account/password";
    static final String PATH = "/beheer/account/wachtwoord";
    /** Wrong current passwords per account per window: guessing through an open session stays slow. */
    static final int ATTEMPTS_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final AccountSessions sessions;
    private final RateLimiter limiter;
    private final MessageSource messages;

    PasswordChangeController(StaffAccounts accounts, PasswordPolicy policy, AccountSessions sessions,
                             RateLimiter limiter, MessageSource messages) {
        this.accounts = accounts;
        this.policy = policy;
        this.sessions = sessions;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String showPasswordForm(Model model) {
        return render(model, Map.of());
    }

    @PostMapping(PATH)
    String processPasswordForm(@ModelAttribute NewPasswordForm form, @AuthenticationPrincipal StaffUser user,
                               HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                               RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.put("currentPassword", "account.password.error.currentRequired");
        } else if (!limiter.tryAcquire("password-change:" + user.id(), ATTEMPTS_PER_WINDOW, WINDOW)) {
            errors.put("currentPassword", "account.password.error.tooManyAttempts");
        } else if (!accounts.passwordMatches(user.id(), form.currentPassword())) {
            errors.put("currentPassword", "account.password.error.currentWrong");
        }
        errors.putAll(form.validate(policy, user.email(), user.displayName()));
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, FormErrors.resolve(messages, errors, locale));
        }
        accounts.setPassword(user.id(), form.newPassword(), user.email(), "staff.password.change");
        HttpSession session = request.getSession(false);
        sessions.endAllExcept(user.email(), session == null ? null : session.getId());
        // A new id for this session too: an id seen before the change is worth nothing after it.
        if (session != null) {
            request.changeSessionId();
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:" + PATH;
    }

    /** The typed passwords are never sent back to the browser, not even after an error. */
    private static String render(Model model, Map<String, String> errors) {
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
