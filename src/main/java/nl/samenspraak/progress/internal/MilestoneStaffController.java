package nl.samenspraak.progress.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.progress.InvalidMilestoneException;
import nl.samenspraak.progress.MilestoneId;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff add milestones, quick wins and delay notices to a process; viewers read them. */
@Controller
class MilestoneStaffController {

    static final String VIEW = "progress/staff/milestones";
    /** How {@link PublishedTexts} names a milestone's text. */
    static final String SUBJECT_KIND = "milestone";
    static final List<String> CHECKED_FIELDS = List.of("text");

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final Milestones milestones;
    private final InputViews inputs;
    private final MessageSource messages;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    MilestoneStaffController(StaffAccess staffAccess, Processes processes, Milestones milestones, InputViews inputs,
                             MessageSource messages, TextReview textReview, PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.milestones = milestones;
        this.inputs = inputs;
        this.messages = messages;
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}/voortgang")
    String showMilestones(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model,
                          Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return page(model, access, process, MilestoneForm.empty(inputs.today()), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/trajecten/{id}/voortgang")
    Object processMilestone(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                            @ModelAttribute("form") MilestoneForm form, Model model, Locale locale,
                            HttpServletRequest request, HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        Review review = textReview.review(request, TextReview.DUTCH, java.util.Collections.singletonMap("text", form.text()));
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return page(model, access, process, form, Map.of(), locale);
        }
        Map<String, String> errors = form.check();
        if (errors.isEmpty() && review.blocksSave()) {
            // The form's own errors first, then the question about plain language; nothing is stored.
            errors = Map.of(TextReview.CONFIRMATION_FIELD, CONFIRMATION_KEY);
        }
        if (errors.isEmpty()) {
            try {
                MilestoneId added = milestones.add(access.collaborationId(), process.id(), form.toNew(), access.staffId(),
                        access.actor());
                publishedTexts.record(access.collaborationId(), SUBJECT_KIND, added.value(), CHECKED_FIELDS, review,
                        access.actor());
                return Redirects.seeOther("/beheer/" + access.slug() + "/trajecten/" + process.id() + "/voortgang?toegevoegd");
            } catch (InvalidMilestoneException e) {
                errors = Map.of(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, access, process, form, errors, locale);
    }

    /** The message key of {@link TextReview#confirmationError}: this page resolves its errors from keys. */
    private static final String CONFIRMATION_KEY = "language.confirm.required";

    private String page(Model model, CollaborationAccess access, Process process, MilestoneForm form,
                        Map<String, String> errorKeys, Locale locale) {
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("milestones", milestones.ofProcess(access.collaborationId(), process.id()));
        model.addAttribute("canAdd", access.can(Role.PROFESSIONAL));
        model.addAttribute("kinds", MilestoneKind.values());
        model.addAttribute("form", form);
        model.addAttribute("limits", Map.of("title", Milestones.TITLE, "text", Milestones.TEXT, "photoAlt", Milestones.PHOTO_ALT));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("kind", "date", "title", "text", "photo", "photoAlt", TextReview.CONFIRMATION_FIELD)) {
            if (errorKeys.containsKey(field)) {
                ordered.put(field, errorKeys.get(field));
            }
        }
        model.addAttribute("errors", FormErrors.resolve(messages, ordered, locale));
        return VIEW;
    }
}
