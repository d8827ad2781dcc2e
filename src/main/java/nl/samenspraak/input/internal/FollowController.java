package nl.samenspraak.input.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.FollowCode;
import nl.samenspraak.input.FollowPageDecisions;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Anyone with a follow code (from the screen, an e-mail or a letter) sees what happened to
 * that input: status, answer and dates, never who gave it.
 */
@Controller
class FollowController {

    static final String FORM_VIEW = "input/follow";
    static final String INPUT_VIEW = "input/followed";
    /** Lookups per address and window: enough for a family at one address, too few to guess codes. */
    static final int LOOKUPS_PER_WINDOW = 60;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String FIELD = "volgcode";
    /** {@code ?nieuw=opnieuw}: the same form was sent again and this is the input it stored the first time. */
    static final String REPEATED = "opnieuw";

    private final InputViews views;
    private final Processes processes;
    private final StaffAccounts staff;
    private final RateLimiter limiter;
    private final MessageSource messages;
    private final List<FollowPageDecisions> decisions;
    private final InputModeration moderation;

    FollowController(InputViews views, Processes processes, StaffAccounts staff, RateLimiter limiter,
                     MessageSource messages, List<FollowPageDecisions> decisions, InputModeration moderation) {
        this.decisions = decisions;
        this.moderation = moderation;
        this.views = views;
        this.processes = processes;
        this.staff = staff;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/volg")
    ModelAndView showFollowForm() {
        return form("", Map.of(), HttpStatus.OK);
    }

    /** The form is sent with GET, so the page can be bookmarked; a valid code goes to its own address. */
    @GetMapping("/volg/zoek")
    ModelAndView processFollowForm(@RequestParam(name = FIELD, required = false) String typed, Locale locale) {
        if (typed == null) {
            return new ModelAndView(Redirects.seeOther("/volg"));
        }
        if (typed.isBlank()) {
            return form("", Map.of(FIELD, text("participate.follow.error.required", locale)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return FollowCode.parse(typed)
                .map(code -> new ModelAndView(Redirects.seeOther("/volg/" + code.display())))
                .orElseGet(() -> notFound(typed, locale));
    }

    @GetMapping("/volg/{code}")
    ModelAndView showInput(@PathVariable String code, @RequestParam(name = "nieuw", required = false) String nieuw,
                           Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!limiter.tryAcquire("follow:" + ClientNetwork.key(request), LOOKUPS_PER_WINDOW, WINDOW)) {
            ModelAndView tooMany = new ModelAndView(PublicProcessController.TOO_MANY_VIEW, HttpStatus.TOO_MANY_REQUESTS);
            tooMany.addObject("kind", "follow");
            tooMany.addObject("backTo", "/volg");
            return tooMany;
        }
        // The address holds a code that opens an input: keep it out of search engines.
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<Input> found = views.byFollowCode(code);
        if (found.isEmpty()) {
            return notFound(code, locale);
        }
        Input input = found.get();
        Process process = processes.findPublic(input.processId()).orElseThrow(nl.samenspraak.platform.NotFoundException::new);
        ModelAndView page = new ModelAndView(INPUT_VIEW);
        page.addObject("input", input);
        page.addObject("process", process);
        page.addObject("isNew", nieuw != null);
        page.addObject("isRepeat", REPEATED.equals(nieuw));
        page.addObject("overdue", input.isOverdue(views.today()));
        page.addObject("contact", staff.coordinatorOf(input.collaborationId()).orElse(null));
        page.addObject("decisions", decisions.stream()
                .flatMap(d -> d.of(input.collaborationId(), input.id()).stream()).toList());
        // The author may read what was hidden from the public page, and why.
        page.addObject("hidings", moderation.of(input.collaborationId(), input.id()).active());
        return page;
    }

    private ModelAndView notFound(String typed, Locale locale) {
        String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
        return form(shown, Map.of(FIELD, text("participate.follow.error.notFound", locale)), HttpStatus.NOT_FOUND);
    }

    private ModelAndView form(String typed, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView(FORM_VIEW, status);
        page.addObject("volgcode", typed);
        page.addObject("errors", new LinkedHashMap<>(errors));
        return page;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
