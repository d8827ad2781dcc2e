package nl.samenspraak.knowledge.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff write down what they learned: what they tried, for whom, what happened and what they
 * would do differently. Viewers read; professionals and coordinators write and choose to share.
 */
@Controller
@RequestMapping("/beheer/{slug}/lessen")
class LessonStaffController {

    static final String LIST_VIEW = "knowledge/staff/lessons";
    static final String LESSON_VIEW = "knowledge/staff/lesson";
    static final String FORM_VIEW = "knowledge/staff/lesson-form";
    static final int PAGE_SIZE = 25;
    /** The subject kind under which a lesson's published texts are recorded. */
    static final String SUBJECT_KIND = "lesson";

    /** What staff type; the lists hold the keys of the boxes they ticked. */
    record LessonForm(String title, String tried, String forWhom, String happened, String differently,
                      List<String> methods, List<String> themes, List<String> targetGroups) {
        static LessonForm empty() {
            return new LessonForm("", "", "", "", "", List.of(), List.of(), List.of());
        }

        static LessonForm of(Lesson l) {
            return new LessonForm(l.title(), l.tried(), l.forWhom(), l.happened(), l.differently(), l.methods(), l.themes(),
                    l.targetGroups());
        }

        /** The texts others read once the lesson is shared, by field in the order of the form. */
        static final List<String> CHECKED_FIELDS = List.of("forWhom", "tried", "happened", "differently");

        Map<String, String> texts() {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            texts.put("forWhom", forWhom == null ? "" : forWhom);
            texts.put("tried", tried == null ? "" : tried);
            texts.put("happened", happened == null ? "" : happened);
            texts.put("differently", differently == null ? "" : differently);
            return texts;
        }

        LessonDraft toDraft() {
            return new LessonDraft(title, tried, forWhom, happened, differently, methods, themes, targetGroups);
        }
    }

    private final StaffAccess staffAccess;
    private final Lessons lessons;
    private final KnowledgeItems items;
    private final KnowledgePageController pages;
    private final MessageSource messages;
    private final FormErrors formErrors;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    LessonStaffController(StaffAccess staffAccess, Lessons lessons, KnowledgeItems items, KnowledgePageController pages,
                          MessageSource messages, FormErrors formErrors, TextReview textReview, PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.lessons = lessons;
        this.items = items;
        this.pages = pages;
        this.messages = messages;
        this.formErrors = formErrors;
    }

    @GetMapping
    String showLessons(Authentication authentication, @PathVariable String slug,
                       @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        model.addAttribute("access", access);
        model.addAttribute("canWrite", access.can(Role.PROFESSIONAL));
        model.addAttribute("page", lessons.list(access.collaborationId(), before, PAGE_SIZE));
        return LIST_VIEW;
    }

    @GetMapping("/nieuw")
    String initCreationForm(Authentication authentication, @PathVariable String slug, Locale locale, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        return form(model, access, LessonForm.empty(), null, Map.of(), locale);
    }

    @PostMapping("/nieuw")
    String processCreationForm(Authentication authentication, @PathVariable String slug, @ModelAttribute("form") LessonForm form,
                               Locale locale, Model model, HttpServletRequest request, HttpServletResponse response,
                               RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, null, Map.of(), locale);
        }
        try {
            lessons.check(form.toDraft()); // the form's own errors first, then plain language
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, form, null, textReview.confirmationError(locale), locale);
            }
            UUID id = lessons.write(access.collaborationId(), form.toDraft(), access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, LessonForm.CHECKED_FIELDS, review, access.actor());
            return saved(access, id, redirect);
        } catch (Lessons.InvalidLessonException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, form, null, formErrors.of(e, locale), locale);
        }
    }

    @GetMapping("/{id}")
    String showLesson(Authentication authentication, @PathVariable String slug, @PathVariable String id, Locale locale,
                      Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Lesson lesson = find(access, id);
        model.addAttribute("access", access);
        model.addAttribute("canWrite", access.can(Role.PROFESSIONAL));
        model.addAttribute("lesson", lesson);
        pages.describe(lesson, DefaultKnowledgeBase.english(locale), model);
        return LESSON_VIEW;
    }

    @GetMapping("/{id}/bewerken")
    String initUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable String id, Locale locale,
                          Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Lesson lesson = find(access, id);
        return form(model, access, LessonForm.of(lesson), lesson, Map.of(), locale);
    }

    @PostMapping("/{id}/bewerken")
    String processUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable String id,
                             @ModelAttribute("form") LessonForm form, Locale locale, Model model,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Lesson lesson = find(access, id);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, lesson, Map.of(), locale);
        }
        try {
            lessons.check(form.toDraft());
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, form, lesson, textReview.confirmationError(locale), locale);
            }
            lessons.update(access.collaborationId(), lesson.id(), form.toDraft(), access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, lesson.id(), LessonForm.CHECKED_FIELDS, review, access.actor());
            return saved(access, lesson.id(), redirect);
        } catch (Lessons.InvalidLessonException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, form, lesson, formErrors.of(e, locale), locale);
        }
    }

    @PostMapping("/{id}/delen")
    String share(Authentication authentication, @PathVariable String slug, @PathVariable String id, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Lesson lesson = find(access, id);
        lessons.requestSharing(access.collaborationId(), lesson.id(), access.actor());
        redirect.addFlashAttribute("shared", true);
        return saved(access, lesson.id(), redirect);
    }

    @PostMapping("/{id}/niet-delen")
    String unshare(Authentication authentication, @PathVariable String slug, @PathVariable String id, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Lesson lesson = find(access, id);
        lessons.withdrawSharing(access.collaborationId(), lesson.id(), access.actor());
        redirect.addFlashAttribute("unshared", true);
        return saved(access, lesson.id(), redirect);
    }

    private Lesson find(CollaborationAccess access, String id) {
        return lessons.find(access.collaborationId(), KnowledgePageController.uuid(id)).orElseThrow(NotFoundException::new);
    }

    private static String saved(CollaborationAccess access, UUID id, RedirectAttributes redirect) {
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("id", id);
        return "redirect:/beheer/{slug}/lessen/{id}";
    }

    private String form(Model model, CollaborationAccess access, LessonForm form, Lesson existing, Map<String, String> errors,
                        Locale locale) {
        boolean en = DefaultKnowledgeBase.english(locale);
        List<KnowledgePageController.Link> themes = new ArrayList<>();
        List<Item> seededThemes = items.ofType(ItemType.THEME);
        for (Theme theme : Theme.values()) {
            String title = seededThemes.stream().filter(i -> i.key().equals(theme.key())).findFirst().map(i -> i.title(en))
                    .orElseGet(() -> messages.getMessage("knowledge.theme." + theme.key(), null, theme.key(), locale));
            themes.add(new KnowledgePageController.Link(theme.key(), title));
        }
        model.addAttribute("access", access);
        model.addAttribute("form", form);
        model.addAttribute("lesson", existing);
        model.addAttribute("methodChoices", items.ofType(ItemType.METHOD).stream()
                .map(m -> new KnowledgePageController.Link(m.key(), m.title(en))).toList());
        model.addAttribute("themeChoices", themes);
        model.addAttribute("groupChoices", items.targetGroups().values().stream()
                .map(g -> new KnowledgePageController.Link(g.key(), g.label(en))).toList());
        model.addAttribute("errors", errors);
        return FORM_VIEW;
    }
}
