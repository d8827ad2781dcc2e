package nl.samenspraak.vision.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Resident;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The resident's own page, opened with the personal link of their invitation: the draft, and a form to
 * comment or propose other wording, choosing how they are named. No password, no JavaScript.
 */
@Controller
class ResidentVisionController {

    static final String VIEW = "vision/resident";
    static final int COMMENTS_PER_WINDOW = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final VisionInviting inviting;
    private final VisionService visions;
    private final Collaborations collaborations;
    private final RateLimiter limiter;
    private final MessageSource messages;

    ResidentVisionController(VisionInviting inviting, VisionService visions, Collaborations collaborations,
                             RateLimiter limiter, MessageSource messages) {
        this.inviting = inviting;
        this.visions = visions;
        this.collaborations = collaborations;
        this.limiter = limiter;
        this.messages = messages;
    }

    @GetMapping("/visie/{token}")
    String showDraft(@PathVariable String token, Model model, Locale locale) {
        PersonalLink link = link(token);
        String firstName = inviting.resident(link).map(ResidentVisionController::firstName).orElse(null);
        return page(model, token, link, CommentForm.forResident(firstName), Map.of(), locale);
    }

    @PostMapping("/visie/{token}")
    ModelAndView processComment(@PathVariable String token, @ModelAttribute("form") CommentForm form, Model model,
                                Locale locale) {
        PersonalLink link = link(token);
        if (!limiter.tryAcquire("vision:" + link.residentId(), COMMENTS_PER_WINDOW, WINDOW)) {
            // The form comes back with what they typed, so nothing is lost while they wait.
            return new ModelAndView(page(model, token, link, form, Map.of("text", "vision.error.tooMany"), locale),
                    model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        CommentForm asResident = new CommentForm(form.kind(), form.passage(), form.text(), form.naming(), form.firstName(),
                null, null);
        try {
            visions.commentAsResident(link.collaborationId(), link.residentId(), asResident);
            return new ModelAndView(Redirects.seeOther("/visie/" + token + "?verstuurd#uw-reacties"));
        } catch (InvalidVisionException e) {
            Map<String, String> errors = asResident.check(visions.draftText(link.collaborationId()), true);
            return new ModelAndView(page(model, token, link, asResident, errors.isEmpty()
                    ? Map.of(e.field(), e.messageKey()) : errors, locale), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private PersonalLink link(String token) {
        return inviting.resolve(token).orElseThrow(NotFoundException::new);
    }

    /** The first word of the name on record, as a suggestion the resident may change or leave out. */
    static String firstName(Resident resident) {
        if (resident.name() == null || resident.name().isBlank()) {
            return null;
        }
        String first = resident.name().strip().split("\\s+")[0];
        return first.length() > VisionService.FIRST_NAME ? null : first;
    }

    private String page(Model model, String token, PersonalLink link, CommentForm form, Map<String, String> errorKeys,
                        Locale locale) {
        model.addAttribute("token", token);
        model.addAttribute("collaboration", collaborations.findById(link.collaborationId()).orElseThrow(NotFoundException::new));
        model.addAttribute("draftText", visions.draftText(link.collaborationId()));
        model.addAttribute("mine", visions.commentsOf(link.collaborationId(), link.residentId()));
        model.addAttribute("form", form);
        model.addAttribute("kinds", CommentKind.values());
        model.addAttribute("namings", java.util.List.of(CommentForm.FIRST_NAME, CommentForm.ANONYMOUS));
        model.addAttribute("limits", Map.of("comment", VisionService.COMMENT, "passage", VisionService.PASSAGE,
                "firstName", VisionService.FIRST_NAME));
        model.addAttribute("errors", FormErrors.resolve(messages, errorKeys, locale));
        return VIEW;
    }
}
