package nl.samenspraak.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputLimits;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.Salutations;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalDataViews;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff answer inputs one by one. The author's contact details appear only here, for the
 * staff who must send the answer: not for viewers, and each view is audited.
 */
@Controller
class AnswerController {

    static final String INPUT_VIEW = "feedback/staff/input";
    /** How {@link PublishedTexts} names an answer's text: the answer to one input, by the input's id. */
    static final String SUBJECT_KIND = "answer";
    static final String TEXT_FIELD = "text";
    static final List<String> CHECKED_FIELDS = List.of(TEXT_FIELD);

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputViews views;
    private final InputContacts contacts;
    private final FeedbackLoop feedback;
    private final FormErrors formErrors;
    private final PersonalDataViews personalData;
    private final InputModeration moderation;
    private final MessageSource messages;
    private final DecisionBook decisions;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;
    private final Clock clock;

    AnswerController(StaffAccess staffAccess, Processes processes, InputViews views, InputContacts contacts,
                     FeedbackLoop feedback, FormErrors formErrors, PersonalDataViews personalData,
                     InputModeration moderation, MessageSource messages, DecisionBook decisions,
                     TextReview textReview, PublishedTexts publishedTexts, Clock clock) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.clock = clock;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.views = views;
        this.contacts = contacts;
        this.feedback = feedback;
        this.formErrors = formErrors;
        this.personalData = personalData;
        this.moderation = moderation;
        this.messages = messages;
        this.decisions = decisions;
    }

    @GetMapping("/beheer/{slug}/inbreng/{id}")
    String showInput(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return inputPage(model, access, input, AnswerForm.of(input), Map.of());
    }

    @PostMapping("/beheer/{slug}/inbreng/{id}")
    String processAnswer(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                         @ModelAttribute("form") AnswerForm form, Model model, Locale locale,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        // The answer goes to the author in their own language, so it is checked in that language.
        Review review = textReview.review(request, input.locale(), java.util.Collections.singletonMap(TEXT_FIELD, form.getText()));
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return inputPage(model, access, input, form, Map.of());
        }
        try {
            // The answer's own rules first (nothing is stored), then the questions to confirm.
            input.answer(form.statusOrNull(), form.getText(), form.referral(), clock);
            Map<String, String> confirmations = new LinkedHashMap<>();
            if (!form.nameConfirmed() && namesAuthor(access, input, form.getText())) {
                // Answers are public: a name in one must be a choice, not a slip. Nothing is saved until confirmed.
                confirmations.put("confirmName", messages.getMessage("feedback.answer.nameWarning", null, locale));
            }
            if (review.blocksSave()) {
                confirmations.putAll(textReview.confirmationError(locale));
            }
            if (!confirmations.isEmpty()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return inputPage(model, access, input, form, confirmations);
            }
            feedback.answer(access.collaborationId(), input.inputId(), form.statusOrNull(), form.getText(),
                    form.referral(), access.staffId(), access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, input.id(), CHECKED_FIELDS, review,
                    access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("id", input.id());
            return "redirect:/beheer/{slug}/inbreng/{id}?opgeslagen";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return inputPage(model, access, input, form, formErrors.of(e, locale));
        }
    }

    /** Whether the answer names the input's author (their name or a word of it). */
    private boolean namesAuthor(CollaborationAccess access, Input input, String text) {
        return contacts.of(access.collaborationId(), input.id())
                .map(contact -> Salutations.mentionsName(text, contact.name())).orElse(false);
    }

    private String inputPage(Model model, CollaborationAccess access, Input input, AnswerForm form,
                             Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("input", input);
        model.addAttribute("process", processes.find(access.collaborationId(), input.processId()).orElseThrow(NotFoundException::new));
        boolean shown = personalData.open(access, "input page", "input", input.id());
        model.addAttribute("contactShown", shown);
        model.addAttribute("contact", shown ? contacts.of(access.collaborationId(), input.id()).orElse(null) : null);
        model.addAttribute("today", views.today());
        model.addAttribute("canAnswer", access.can(Role.PROFESSIONAL));
        model.addAttribute("statuses", AnswerStatuses.CHOICES);
        model.addAttribute("answerMax", InputLimits.ANSWER);
        model.addAttribute("referredToMax", InputLimits.REFERRED_TO);
        model.addAttribute("referredContactMax", InputLimits.REFERRED_CONTACT);
        // Linked decisions are shown beside the answer: staff see them, but they do not replace it.
        model.addAttribute("decisions", decisions.ofInput(access.collaborationId(), input.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("moderation", moderation.of(access.collaborationId(), input.id()));
        model.addAttribute("nameWarning", errors.containsKey("confirmName") || form.nameConfirmed());
        return INPUT_VIEW;
    }
}
