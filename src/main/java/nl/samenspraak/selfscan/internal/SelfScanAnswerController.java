package nl.samenspraak.selfscan.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The scan as residents and professionals fill it in: through the round's link, without an account. */
@Controller
class SelfScanAnswerController {

    static final String VIEW = "selfscan/answer";
    static final String THANKS_VIEW = "selfscan/thanks";
    static final String CLOSED_VIEW = "selfscan/closed";
    static final String UNKNOWN_VIEW = "selfscan/unknown";
    static final String TOO_MANY_VIEW = "selfscan/too-many";
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ScanRounds rounds;
    private final ScanResponses responses;
    private final Collaborations collaborations;
    private final RateLimiter limiter;
    private final MessageSource messages;
    /** A meeting room where everyone fills in the scan on the venue's wifi shares one address. */
    private final int submissionsPerWindow;

    SelfScanAnswerController(ScanRounds rounds, ScanResponses responses, Collaborations collaborations,
                             RateLimiter limiter, MessageSource messages,
                             @Value("${samenspraak.rate-limit.selfscan-per-10-minutes:60}") int submissionsPerWindow) {
        this.rounds = rounds;
        this.responses = responses;
        this.collaborations = collaborations;
        this.limiter = limiter;
        this.messages = messages;
        this.submissionsPerWindow = submissionsPerWindow;
    }

    @GetMapping("/zelfscan/{token}")
    ModelAndView showScan(@PathVariable String token, Model model) {
        var round = rounds.byToken(token).orElse(null);
        if (round == null) {
            return new ModelAndView(UNKNOWN_VIEW, HttpStatus.NOT_FOUND);
        }
        if (!round.openOn(rounds.today())) {
            return closed(round, model, HttpStatus.OK);
        }
        fill(model, round, AnswerForm.blank(), Map.of());
        return new ModelAndView(VIEW, model.asMap());
    }

    @PostMapping("/zelfscan/{token}")
    ModelAndView processScan(@PathVariable String token, @RequestParam MultiValueMap<String, String> params,
                             Model model, Locale locale, HttpServletRequest request) {
        var round = rounds.byToken(token).orElse(null);
        if (round == null) {
            return new ModelAndView(UNKNOWN_VIEW, HttpStatus.NOT_FOUND);
        }
        // Counted before anything else, so that a flood is stopped before it reaches the answers.
        if (!limiter.tryAcquire("selfscan:" + ClientNetwork.key(request), submissionsPerWindow, WINDOW)) {
            model.addAttribute("backTo", "/zelfscan/" + round.token());
            return new ModelAndView(TOO_MANY_VIEW, model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        if (!round.openOn(rounds.today())) {
            return closed(round, model, HttpStatus.GONE);
        }
        List<Statement> statements = rounds.statementsOf(round);
        AnswerForm form = AnswerForm.of(params, statements);
        Map<String, String> errors = form.check(statements);
        if (errors.isEmpty()) {
            try {
                responses.store(round, form.checked(statements), ScanResponses.Channel.ONLINE, "anonymous");
                return new ModelAndView(Redirects.seeOther("/zelfscan/" + round.token() + "/bedankt"));
            } catch (InvalidScanException e) {
                return closed(round, model, HttpStatus.GONE);
            }
        }
        fill(model, round, form, texts(errors, locale, messages));
        return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** Also after the round closed: whoever answered in time still gets their thanks. */
    @GetMapping("/zelfscan/{token}/bedankt")
    ModelAndView showThanks(@PathVariable String token, Model model) {
        var round = rounds.byToken(token).orElse(null);
        if (round == null) {
            return new ModelAndView(UNKNOWN_VIEW, HttpStatus.NOT_FOUND);
        }
        model.addAttribute("round", round);
        model.addAttribute("collaborationName", collaborationName(round));
        return new ModelAndView(THANKS_VIEW, model.asMap());
    }

    private ModelAndView closed(ScanRound round, Model model, HttpStatus status) {
        model.addAttribute("round", round);
        model.addAttribute("collaborationName", collaborationName(round));
        return new ModelAndView(CLOSED_VIEW, model.asMap(), status);
    }

    private void fill(Model model, ScanRound round, AnswerForm form, Map<String, String> errors) {
        model.addAttribute("round", round);
        model.addAttribute("collaborationName", collaborationName(round));
        model.addAttribute("sections", FormSections.of(rounds.statementsOf(round)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", AnswerForm.CHOICES);
    }

    private String collaborationName(ScanRound round) {
        return collaborations.findById(round.collaborationId()).map(c -> c.name()).orElse("");
    }

    /** Message keys to the texts shown next to each field. */
    static Map<String, String> texts(Map<String, String> errors, Locale locale, MessageSource messages) {
        Map<String, String> texts = new LinkedHashMap<>();
        errors.forEach((field, key) -> texts.put(field, messages.getMessage(key, null, key, locale)));
        return texts;
    }
}
