package nl.samenspraak.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.SteadyTiming;
import nl.samenspraak.platform.Text;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Wachtwoord vergeten": ask for a link by e-mail, then set a new password through it. The
 * link in an invitation to a new staff member leads to the same form, with its own wording.
 * The answer to a request is the same whether the address has an account or not.
 */
@Controller
class PasswordResetController {

    static final String REQUEST_VIEW = "account/forgot";
    static final String SENT_VIEW = "account/forgot-sent";
    static final String RESET_VIEW = "account/reset";
    static final String INVALID_VIEW = "account/reset-invalid";
    static final String REQUEST_PATH = "/wachtwoord-vergeten";
    static final String SENT_PATH = "/wachtwoord-vergeten/verstuurd";
    /** Requests per network address per window: enough for a few typos, too few to mail-bomb anyone. */
    static final int PER_ADDRESS = 10;
    /** Links per e-mail address per window: more would only fill the person's mailbox. */
    static final int PER_EMAIL = 3;
    static final Duration WINDOW = Duration.ofMinutes(30);
    /** Every request answers after this long, so its timing does not tell whether an account exists. */
    static final Duration STEADY_ANSWER = Duration.ofMillis(400);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PasswordResets resets;
    private final PasswordPolicy policy;
    private final RateLimiter limiter;
    private final MessageSource messages;

    PasswordResetController(PasswordResets resets, PasswordPolicy policy, RateLimiter limiter, MessageSource messages) {
        this.resets = resets;
        this.policy = policy;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping(REQUEST_PATH)
    String showRequestForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", Map.of());
        return REQUEST_VIEW;
    }

    @PostMapping(REQUEST_PATH)
    String processRequestForm(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
                              HttpServletResponse response, Locale locale, Model model) {
        String typed = Text.clean(email);
        String error = null;
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (typed.isEmpty()) {
            error = "account.reset.error.emailRequired";
        } else if (typed.length() > 320 || !EMAIL.matcher(typed).matches()) {
            error = "account.reset.error.emailInvalid";
        } else if (!limiter.tryAcquire("password-reset:" + ClientNetwork.key(request), PER_ADDRESS, WINDOW)) {
            error = "account.reset.error.tooMany";
            status = HttpStatus.TOO_MANY_REQUESTS;
        }
        if (error != null) {
            response.setStatus(status.value());
            model.addAttribute("email", typed);
            model.addAttribute("errors", FormErrors.resolve(messages, Map.of("email", error), locale));
            return REQUEST_VIEW;
        }
        // Over the per-address limit nothing is sent, but the answer stays the same: a different
        // one would tell whoever asks that this address has been asked about before.
        SteadyTiming.atLeast(STEADY_ANSWER, () -> {
            if (limiter.tryAcquire("password-reset-mail:" + typed.toLowerCase(Locale.ROOT), PER_EMAIL, WINDOW)) {
                resets.request(typed, locale);
            }
        });
        return "redirect:" + SENT_PATH;
    }

    @GetMapping(SENT_PATH)
    String showSent() {
        return SENT_VIEW;
    }

    @GetMapping(PasswordResets.PATH + "{token}")
    String showResetForm(@PathVariable String token, HttpServletResponse response, Model model) {
        keepTokenPrivate(response);
        Optional<PasswordResets.Holder> holder = resets.holderOf(token);
        if (holder.isEmpty()) {
            return invalid(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("invitation", holder.get().invitation());
        model.addAttribute("errors", Map.of());
        return RESET_VIEW;
    }

    @PostMapping(PasswordResets.PATH + "{token}")
    String processResetForm(@PathVariable String token, @ModelAttribute NewPasswordForm form,
                            HttpServletResponse response, Locale locale, Model model) {
        keepTokenPrivate(response);
        Optional<PasswordResets.Holder> holder = resets.holderOf(token);
        if (holder.isEmpty()) {
            return invalid(response);
        }
        Map<String, String> errors = form.validate(policy, holder.get().email(), holder.get().displayName());
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("token", token);
            model.addAttribute("invitation", holder.get().invitation());
            model.addAttribute("errors", FormErrors.resolve(messages, errors, locale));
            return RESET_VIEW;
        }
        if (!resets.reset(token, form.newPassword())) {
            return invalid(response);
        }
        return "redirect:/login?reset";
    }

    /** Unknown, used and expired links get one page: which of the three it was helps nobody. */
    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return INVALID_VIEW;
    }

    /**
     * The token is in this page's address: no browser cache keeps the page, and no link on it
     * sends the address along as a Referer, not even to this site.
     */
    private static void keepTokenPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
