package nl.samenspraak.reimbursement.internal;

import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Residents;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident's own claims page, opened with the personal link staff gave them: what they claimed
 * and where it stands, and a form for a new claim. No password, no JavaScript.
 */
@Controller
class ClaimLinkController {

    static final String VIEW = "reimbursement/claims";
    static final String PURPOSE = "claim";
    static final String TOO_MANY_VIEW = "participate/too-many";
    // A link holder may send several claims at once, but not fill the database with uploads.
    static final int CLAIMS_PER_WINDOW = 10;
    static final java.time.Duration WINDOW = java.time.Duration.ofMinutes(10);

    private final Residents residents;
    private final Claims claims;
    private final ClaimErrors errors;
    private final Collaborations collaborations;
    private final RateLimiter limiter;

    ClaimLinkController(Residents residents, Claims claims, ClaimErrors errors, Collaborations collaborations,
                        RateLimiter limiter) {
        this.limiter = limiter;
        this.residents = residents;
        this.collaborations = collaborations;
        this.claims = claims;
        this.errors = errors;
    }

    @GetMapping("/declaratie/{token}")
    String showClaims(@PathVariable String token, Model model) {
        return page(model, token, link(token), ClaimForm.empty(), Map.of());
    }

    @PostMapping("/declaratie/{token}")
    ModelAndView processClaim(@PathVariable String token, @ModelAttribute("form") ClaimForm form, Model model,
                              Locale locale) {
        PersonalLink link = link(token);
        if (!limiter.tryAcquire("claim:" + link.residentId(), CLAIMS_PER_WINDOW, WINDOW)) {
            // Not the claim form: the page shows a typed text only for inputs.
            return new ModelAndView(TOO_MANY_VIEW, Map.of("kind", "claim", "backTo", "/declaratie/" + token),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            claims.submit(link.collaborationId(), link.residentId(), form.toDraft(), null);
            return new ModelAndView(Redirects.seeOther("/declaratie/" + token + "?ingediend#mijn-declaraties"));
        } catch (InvalidClaimException e) {
            return new ModelAndView(page(model, token, link, form, errors.of(e, locale)), model.asMap(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private PersonalLink link(String token) {
        return residents.resolveLink(token, PURPOSE).orElseThrow(NotFoundException::new);
    }

    private String page(Model model, String token, PersonalLink link, ClaimForm form, Map<String, String> formErrors) {
        model.addAttribute("token", token);
        model.addAttribute("collaboration", collaborations.findById(link.collaborationId()).orElseThrow(NotFoundException::new));
        model.addAttribute("claims", claims.ofResident(link.collaborationId(), link.residentId()));
        model.addAttribute("lastAccount", claims.lastAccount(link.collaborationId(), link.residentId()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", formErrors);
        return VIEW;
    }
}
