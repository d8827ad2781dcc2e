package nl.samenspraak.input.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The public page of a process, where anyone can read what happens and give input without an account. */
@Controller
class PublicProcessController {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String TOO_MANY_VIEW = "participate/too-many";

    private final PublicProcessPage page;
    private final InputIntake intake;
    private final RateLimiter limiter;
    /** Generous enough for a meeting room where everyone shares one address, low enough to stop a flood. */
    private final int submissionsPerWindow;

    PublicProcessController(PublicProcessPage page, InputIntake intake, RateLimiter limiter,
                            @Value("${samenspraak.rate-limit.inputs-per-10-minutes:60}") int submissionsPerWindow) {
        this.page = page;
        this.intake = intake;
        this.limiter = limiter;
        this.submissionsPerWindow = submissionsPerWindow;
    }

    @GetMapping("/trajecten/{id}")
    String showProcess(@PathVariable String id, @RequestParam(name = "voor", required = false) String voor,
                       Model model, Locale locale, HttpServletResponse response) {
        Process process = page.process(id);
        keepForBackButton(response);
        page.fill(model, process, PageKeys.before(voor), ParticipationForm.empty(), Map.of(), locale);
        return PublicProcessPage.VIEW;
    }

    /** Reloading or switching language after a rejected form lands here: back to the page itself. */
    @GetMapping("/trajecten/{id}/inbreng")
    RedirectView showFormAgain(@PathVariable String id) {
        Process process = page.process(id);
        return Redirects.seeOther("/trajecten/" + process.id() + "#uw-inbreng");
    }

    @PostMapping("/trajecten/{id}/inbreng")
    ModelAndView processInput(@PathVariable String id, @ModelAttribute("form") ParticipationForm form,
                              Model model, Locale locale, HttpServletRequest request) {
        Process process = page.process(id);
        // Counted before anything else, so that a flood is stopped before it reaches the database.
        if (!limiter.tryAcquire("input:" + ClientNetwork.key(request), submissionsPerWindow, WINDOW)) {
            model.addAttribute("kind", "input");
            model.addAttribute("backTo", "/trajecten/" + process.id());
            return new ModelAndView(TOO_MANY_VIEW, model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        Map<String, String> errors = form.check();
        if (errors.isEmpty() && wantsReceiptByEmail(form) && !limiter.tryMailTo(form.email().strip())) {
            // Someone who knows an address could otherwise have a receipt sent there for every input.
            errors = Map.of("email", RateLimiter.MAIL_BUSY);
        }
        if (errors.isEmpty()) {
            try {
                InputIntake.Receipt receipt = intake.receiveOnline(process.id(), form.text(), form.publishChecked(),
                        form.author(), Input.languageOf(locale), form.receiptByPostChecked(), form.key().orElse(null));
                return new ModelAndView(Redirects.seeOther("/volg/" + receipt.followCode().display()
                        + (receipt.repeated() ? "?nieuw=" + FollowController.REPEATED : "?nieuw")));
            } catch (InvalidInputException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        // Not kept in the cache: this page holds what the resident typed, contact details included.
        page.fill(model, process, null, form.withValidKey(), errors, locale);
        return new ModelAndView(PublicProcessPage.VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static boolean wantsReceiptByEmail(ParticipationForm form) {
        return form.contactChoice().filter(c -> c == ContactBy.EMAIL).isPresent() && form.email() != null
                && !form.email().isBlank();
    }

    /**
     * The page holds the form's one-time key. Kept in the browser's own cache (the page is public and
     * holds nothing the resident typed),
     * the back button shows the same form with the same key, so sending it again stores nothing new;
     * with "no-store" the browser would fetch a fresh form with a new key.
     */
    private static void keepForBackButton(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }
}
