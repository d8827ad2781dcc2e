package nl.samenspraak.process.internal;

import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import jakarta.servlet.http.HttpServletRequest;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** The coordinator sets up a process honestly: its question, the residents' role and the influence promise. */
@Controller
@RequestMapping("/beheer/{slug}/trajecten")
class ProcessStaffController {

    static final String FORM_VIEW = "process/staff/form";
    static final int SUGGESTED_METHODS = 6;
    /** How {@link PublishedTexts} names a process's texts. */
    static final String SUBJECT_KIND = "process";

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final MessageSource messages;
    private final KnowledgeBase knowledge;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    ProcessStaffController(StaffAccess staffAccess, Processes processes, MessageSource messages, KnowledgeBase knowledge,
                           TextReview textReview, PublishedTexts publishedTexts) {
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.messages = messages;
        this.knowledge = knowledge;
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
    }

    /** Only the form's own fields, and phase rows by index up to the limit, so a crafted index cannot grow the list. */
    @InitBinder("form")
    void allowFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ProcessForm.bindableFields());
    }

    @GetMapping("/nieuw")
    String initCreationForm(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return form(model, access, new ProcessForm(), null, Map.of());
    }

    @PostMapping("/nieuw")
    String processCreationForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") ProcessForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, null, Map.of());
        }
        try {
            Process.check(form.toDraft()); // the form's own errors first, then the question about plain language
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, form, null, textReview.confirmationError(locale));
            }
            UUID id = processes.create(access.collaborationId(), form.toDraft(), access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, ProcessForm.CHECKED_FIELDS, review, access.actor());
            return saved(access, id, redirect);
        } catch (Processes.InvalidProcessException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, form, null, error(e, locale));
        }
    }

    @GetMapping("/{id}/bewerken")
    String initUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return form(model, access, ProcessForm.of(process), process, Map.of());
    }

    @PostMapping("/{id}/bewerken")
    String processUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                             @ModelAttribute("form") ProcessForm form, Model model, Locale locale,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, process, Map.of());
        }
        try {
            Process.check(form.toDraft());
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, form, process, textReview.confirmationError(locale));
            }
            if (!processes.update(access.collaborationId(), id, form.toDraft(), access.actor())) {
                throw new NotFoundException();
            }
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, ProcessForm.CHECKED_FIELDS, review, access.actor());
            return saved(access, id, redirect);
        } catch (Processes.InvalidProcessException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, form, process, error(e, locale));
        }
    }

    private static String saved(CollaborationAccess access, UUID id, RedirectAttributes redirect) {
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("id", id);
        return "redirect:/beheer/{slug}/trajecten/{id}?opgeslagen";
    }

    private Map<String, String> error(Processes.InvalidProcessException e, Locale locale) {
        return FormErrors.resolve(messages, Map.of(e.field(), e.messageKey()), locale);
    }

    /** Methods that fit the target groups and level on the form: as saved, or as just typed when the form comes back. */
    private String form(Model model, CollaborationAccess access, ProcessForm form, Process existing,
                        Map<String, String> errors) {
        model.addAttribute("suggestedMethods", knowledge.methodsFor(
                java.util.Arrays.asList(form.getTargetGroups() == null ? new String[0] : form.getTargetGroups().split(",")),
                form.getParticipationLevel(), LocaleContextHolder.getLocale(), SUGGESTED_METHODS));
        model.addAttribute("access", access);
        model.addAttribute("form", form);
        model.addAttribute("process", existing);
        model.addAttribute("levels", ParticipationLevel.values());
        model.addAttribute("errors", errors);
        return FORM_VIEW;
    }
}
