package nl.samenspraak.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputLimits;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InvalidInputException;
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

/** The staff page of one process: its figures and all its inputs, with similar inputs answered together. */
@Controller
class ProcessInputsController {

    static final String VIEW = "feedback/staff/process";
    static final int PAGE_SIZE = 50;

    /** The filters as they appear in the address, in Dutch. */
    enum FilterParam {
        ALLE(InputViews.Filter.ALL), OPEN(InputViews.Filter.OPEN), TE_LAAT(InputViews.Filter.OVERDUE),
        BEANTWOORD(InputViews.Filter.ANSWERED);

        final InputViews.Filter filter;

        FilterParam(InputViews.Filter filter) {
            this.filter = filter;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static FilterParam parse(String value) {
            return Arrays.stream(values()).filter(f -> f.value().equals(value)).findFirst().orElse(ALLE);
        }
    }

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputViews views;
    private final FeedbackLoop feedback;
    private final FormErrors formErrors;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;
    private final Clock clock;

    ProcessInputsController(StaffAccess staffAccess, Processes processes, InputViews views, FeedbackLoop feedback,
                            FormErrors formErrors, TextReview textReview, PublishedTexts publishedTexts, Clock clock) {
        this.clock = clock;
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.views = views;
        this.feedback = feedback;
        this.formErrors = formErrors;
    }

    /** Only the form's own fields: an indexed name such as {@code inputs[999]} must not grow the list. */
    @InitBinder("batch")
    void allowBatchFields(WebDataBinder binder) {
        binder.setAllowedFields("inputs", "status", "text", "referredTo", "referredContact", "filter", "voor");
    }

    @GetMapping("/beheer/{slug}/trajecten/{id}")
    String showProcess(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                       @RequestParam(name = "filter", required = false) String filter,
                       @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        BatchAnswerForm batch = new BatchAnswerForm();
        batch.setFilter(filter);
        batch.setVoor(before);
        return page(model, access, process, batch, Map.of());
    }

    @PostMapping("/beheer/{slug}/trajecten/{id}/samen-beantwoorden")
    String processBatchAnswer(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                              @ModelAttribute("batch") BatchAnswerForm batch, Model model, Locale locale,
                              HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Process process = processes.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        List<Input> chosen = chosen(access, batch.getInputs());
        Review review = textReview.review(request, answerLanguage(chosen),
                java.util.Collections.singletonMap(AnswerController.TEXT_FIELD, batch.getText()));
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return page(model, access, process, batch, Map.of());
        }
        try {
            if (!chosen.isEmpty()) {
                // The answer's own rules first (they are the same for every input; nothing is stored), then the
                // question about plain language. Without a chosen input the loop below says so.
                chosen.getFirst().answer(batch.statusOrNull(), batch.getText(), batch.referral(), clock);
                if (review.blocksSave()) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                    return page(model, access, process, batch, textReview.confirmationError(locale));
                }
            }
            List<Input> answered = feedback.answerAll(access.collaborationId(), batch.getInputs(), batch.statusOrNull(),
                    batch.getText(), batch.referral(), access.staffId(), access.actor());
            for (Input input : answered) {
                publishedTexts.record(access.collaborationId(), AnswerController.SUBJECT_KIND, input.id(),
                        AnswerController.CHECKED_FIELDS, review, access.actor());
            }
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("id", id);
            redirect.addAttribute("beantwoord", answered.size());
            FilterParam filter = FilterParam.parse(batch.getFilter());
            if (filter != FilterParam.ALLE) {
                redirect.addAttribute("filter", filter.value());
            }
            return "redirect:/beheer/{slug}/trajecten/{id}";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, process, batch, formErrors.of(e, locale));
        }
    }

    /** The chosen inputs of this collaboration, at most as many as one batch may answer. */
    private List<Input> chosen(CollaborationAccess access, List<UUID> inputIds) {
        List<UUID> ids = inputIds.stream().filter(Objects::nonNull).distinct().limit(FeedbackLoop.MAX_BATCH).toList();
        return ids.isEmpty() ? List.of() : List.copyOf(views.findAll(access.collaborationId(), ids).values());
    }

    /**
     * One text goes to every chosen author: it is checked in English only when every one of them wrote in English,
     * else in Dutch, the language most of them read.
     */
    static Locale answerLanguage(List<Input> chosen) {
        boolean allEnglish = !chosen.isEmpty() && chosen.stream().allMatch(input -> Input.ENGLISH.equals(input.language()));
        return allEnglish ? Locale.ENGLISH : TextReview.DUTCH;
    }

    private String page(Model model, CollaborationAccess access, Process process, BatchAnswerForm batch,
                        Map<String, String> errors) {
        FilterParam filter = FilterParam.parse(batch.getFilter());
        model.addAttribute("access", access);
        model.addAttribute("process", process);
        model.addAttribute("speed", views.speedOfProcess(process.id()));
        model.addAttribute("filters", FilterParam.values());
        model.addAttribute("filter", filter);
        model.addAttribute("before", batch.getVoor());
        model.addAttribute("page", views.ofProcess(access.collaborationId(), process.id(), filter.filter,
                batch.getVoor(), PAGE_SIZE));
        model.addAttribute("today", views.today());
        model.addAttribute("canAnswer", access.can(Role.PROFESSIONAL));
        model.addAttribute("canEdit", access.can(Role.COORDINATOR));
        model.addAttribute("statuses", AnswerStatuses.CHOICES);
        model.addAttribute("answerMax", InputLimits.ANSWER);
        model.addAttribute("referredToMax", InputLimits.REFERRED_TO);
        model.addAttribute("referredContactMax", InputLimits.REFERRED_CONTACT);
        model.addAttribute("batch", batch);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
