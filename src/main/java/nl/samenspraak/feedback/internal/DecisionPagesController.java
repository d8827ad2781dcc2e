package nl.samenspraak.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionLimits;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.InvalidDecisionException;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff record what was decided with a process's input ("u zei, wij deden") and tell how it is
 * carried out. Professionals and coordinators write; viewers read. The decision book audits
 * every change and tells the authors of linked inputs.
 */
@Controller
class DecisionPagesController {

    static final String LIST_VIEW = "feedback/staff/decisions";
    static final String FORM_VIEW = "feedback/staff/decision-form";
    static final String DECISION_VIEW = "feedback/staff/decision";
    /** Inputs shown to choose from at once; more precise words or "all with status" find the rest. */
    static final int CHOICES = 50;
    /** Linked inputs listed on a decision's staff page; the count tells the rest. */
    static final int LINKED_SHOWN = 100;
    /** How {@link PublishedTexts} names a decision's texts and an update's text (by the decision's id and number). */
    static final String DECISION_KIND = "decision";
    static final String UPDATE_KIND = "decision-update";
    static final List<String> DECISION_FIELDS = List.of("text", "reasons");
    static final List<String> UPDATE_FIELDS = List.of("text");

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputViews inputs;
    private final DecisionBook decisions;
    private final FormErrors formErrors;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;
    private final Clock clock;

    DecisionPagesController(StaffAccess staffAccess, Processes processes, InputViews inputs, DecisionBook decisions,
                       FormErrors formErrors, TextReview textReview, PublishedTexts publishedTexts, Clock clock) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.clock = clock;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.inputs = inputs;
        this.decisions = decisions;
        this.formErrors = formErrors;
    }

    @InitBinder("form")
    void allowDecisionFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "text", "decidedBy", "decidedOn", "reasons", "inputs", "allWithStatus",
                "zoek", "status", "actie");
    }

    @InitBinder("update")
    void allowUpdateFields(WebDataBinder binder) {
        binder.setAllowedFields("state", "text", "date");
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}/besluiten")
    String showDecisions(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("decisions", decisions.ofProcess(access.collaborationId(), process.id()));
        model.addAttribute("canWrite", access.can(Role.PROFESSIONAL));
        return LIST_VIEW;
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}/besluiten/nieuw")
    String initCreationForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                            @RequestParam(name = "zoek", required = false) String search,
                            @RequestParam(name = "status", required = false) String status, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        DecisionForm form = DecisionForm.empty(inputs.today());
        form.setZoek(search == null ? "" : search);
        form.setStatus(status == null ? "" : status);
        return formPage(model, access, process, form, Map.of());
    }

    @PostMapping("/beheer/{slug}/trajecten/{id}/besluiten/nieuw")
    String processCreationForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                               @ModelAttribute("form") DecisionForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        if (form.searchOnly()) {
            return formPage(model, access, process, form, Map.of());
        }
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return formPage(model, access, process, form, Map.of());
        }
        Set<UUID> chosen = new LinkedHashSet<>(form.getInputs());
        FeedbackStatus all = form.allWithStatusOrNull();
        if (all != null) {
            // One more than allowed, so the decision can say "too many" rather than cut silently.
            chosen.addAll(inputs.idsWithStatus(access.collaborationId(), process.id(), all, DecisionLimits.INPUTS + 1));
        }
        try {
            // The decision's own rules first (nothing is stored), then the question about plain language.
            Map<UUID, UUID> processOfInput = new java.util.HashMap<>();
            inputs.findAll(access.collaborationId(), List.copyOf(chosen))
                    .forEach((inputId, input) -> processOfInput.put(inputId, input.processId()));
            Decision.take(access.collaborationId(), process.id(), form.draft(List.copyOf(chosen)), processOfInput, clock);
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return formPage(model, access, process, form, textReview.confirmationError(locale));
            }
            DecisionId decision = decisions.record(access.collaborationId(), process.id(),
                    form.draft(List.copyOf(chosen)), access.staffId(), access.actor());
            publishedTexts.record(access.collaborationId(), DECISION_KIND, decision.value(), DECISION_FIELDS, review,
                    access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("decisionId", decision.value());
            return "redirect:/beheer/{slug}/besluiten/{decisionId}?opgeslagen";
        } catch (InvalidDecisionException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return formPage(model, access, process, form, errors(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/besluiten/{decisionId}")
    String showDecision(Authentication authentication, @PathVariable String slug, @PathVariable UUID decisionId,
                        Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        PublicDecision decision = decisions.find(access.collaborationId(), new DecisionId(decisionId))
                .orElseThrow(NotFoundException::new);
        return decisionPage(model, access, decision, DecisionUpdateForm.empty(inputs.today()), Map.of());
    }

    @PostMapping("/beheer/{slug}/besluiten/{decisionId}/updates")
    String processUpdate(Authentication authentication, @PathVariable String slug, @PathVariable UUID decisionId,
                         @ModelAttribute("update") DecisionUpdateForm update, Model model, Locale locale,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        DecisionId id = new DecisionId(decisionId);
        PublicDecision decision = decisions.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        Review review = textReview.review(request, TextReview.DUTCH, java.util.Collections.singletonMap("text", update.getText()));
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return decisionPage(model, access, decision, update, Map.of());
        }
        try {
            // The update's own rules first (nothing is stored), then the question about plain language.
            Decision.of(decision).update(update.stateOrNull(), update.getText(), update.dateOrNull(), clock);
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return decisionPage(model, access, decision, update, textReview.confirmationError(locale));
            }
            DecisionUpdate saved = decisions.update(access.collaborationId(), id, update.stateOrNull(), update.getText(),
                    update.dateOrNull(), access.staffId(), access.actor());
            publishedTexts.record(access.collaborationId(), UPDATE_KIND, updateSubject(id, saved.number()),
                    UPDATE_FIELDS, review, access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("decisionId", decisionId);
            return "redirect:/beheer/{slug}/besluiten/{decisionId}?bijgewerkt#uitvoering";
        } catch (InvalidDecisionException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return decisionPage(model, access, decision, update, formErrors.of(e, locale));
        }
    }

    /** An update has no id of its own: its subject is named from the decision's id and the update's number. */
    static UUID updateSubject(DecisionId decision, int number) {
        return UUID.nameUUIDFromBytes((decision.value() + "/" + number).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The decision's rules name the list "inputIds"; on this form it is the list of checkboxes. */
    private Map<String, String> errors(InvalidDecisionException e, Locale locale) {
        Map<String, String> errors = formErrors.of(e, locale);
        if (!errors.containsKey("inputIds")) {
            return errors;
        }
        Map<String, String> renamed = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.put("inputIds".equals(field) ? "inputs" : field, message));
        return renamed;
    }

    private String formPage(Model model, CollaborationAccess access, Process process, DecisionForm form,
                            Map<String, String> errors) {
        UUID c = access.collaborationId();
        // Only this process's inputs stay chosen: ids of another process or collaboration are not shown back.
        List<Input> chosen = new ArrayList<>(inputs.findAll(c, form.getInputs().stream().distinct()
                .limit(DecisionLimits.INPUTS).toList()).values().stream()
                .filter(input -> input.processId().equals(process.id()))
                .sorted(Comparator.comparingLong(Input::seq).reversed()).toList());
        Set<UUID> chosenIds = new LinkedHashSet<>(chosen.stream().map(Input::id).toList());
        form.setInputs(new ArrayList<>(chosenIds));
        InputViews.Page<Input> found = inputs.choosable(c, process.id(), form.getZoek(), form.filterStatusOrNull(), CHOICES);
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("chosen", chosen);
        model.addAttribute("found", found.items().stream().filter(input -> !chosenIds.contains(input.id())).toList());
        model.addAttribute("more", found.nextBefore() != null);
        model.addAttribute("counts", inputs.countsByStatus(c, process.id()));
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("limits", new Limits());
        return FORM_VIEW;
    }

    private String decisionPage(Model model, CollaborationAccess access, PublicDecision decision,
                                DecisionUpdateForm update, Map<String, String> errors) {
        UUID c = access.collaborationId();
        Process process = processes.find(c, decision.processId()).orElseThrow(NotFoundException::new);
        List<UUID> linkedIds = decisions.linkedInputs(c, decision.id());
        List<Input> linked = inputs.findAll(c, linkedIds.stream().limit(LINKED_SHOWN).toList()).values().stream()
                .sorted(Comparator.comparingLong(Input::seq).reversed()).toList();
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("decision", decision);
        model.addAttribute("linked", linked);
        model.addAttribute("linkedShown", LINKED_SHOWN);
        model.addAttribute("today", inputs.today());
        model.addAttribute("canWrite", access.can(Role.PROFESSIONAL));
        model.addAttribute("states", DecisionState.values());
        model.addAttribute("update", update);
        model.addAttribute("errors", errors);
        model.addAttribute("limits", new Limits());
        return DECISION_VIEW;
    }

    /** The lengths the fields allow, for the templates' maxlength. */
    record Limits(int title, int text, int decidedBy, int reasons, int updateText) {
        Limits() {
            this(DecisionLimits.TITLE, DecisionLimits.TEXT, DecisionLimits.DECIDED_BY, DecisionLimits.REASONS,
                    DecisionLimits.UPDATE_TEXT);
        }
    }
}
