package nl.samenspraak.knowledge.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.language.CheckedText;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator keeps the knowledge base: edits the texts of any item in both
 * languages (the seed never overwrites them afterwards) and approves lessons that collaborations
 * want to share. Only ROLE_ADMIN reaches /admin/**.
 */
@Controller
class KnowledgeAdminController {

    static final String LIST_VIEW = "knowledge/admin/items";
    static final String EDIT_VIEW = "knowledge/admin/edit";
    static final String LESSONS_VIEW = "knowledge/admin/lessons";
    private static final String ITEM = "/admin/kennisbank/{segment:thema|ladder|werkvormen|voorbeelden}/{key}";

    /** A lesson waiting for approval, with the name of its collaboration. */
    record Waiting(Lesson lesson, String collaborationName) {}

    private final KnowledgeItems items;
    private final KnowledgeWords words;
    private final Lessons lessons;
    private final Collaborations collaborations;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final TextReview textReview;

    KnowledgeAdminController(KnowledgeItems items, KnowledgeWords words, Lessons lessons, Collaborations collaborations,
                             AuditTrail audit, MessageSource messages, Clock clock, TextReview textReview) {
        this.textReview = textReview;
        this.items = items;
        this.words = words;
        this.lessons = lessons;
        this.collaborations = collaborations;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/kennisbank")
    String showItems(Locale locale, Model model) {
        boolean en = DefaultKnowledgeBase.english(locale);
        model.addAttribute("en", en);
        model.addAttribute("items", items.all());
        model.addAttribute("waiting", lessons.requested().size());
        return LIST_VIEW;
    }

    @GetMapping(ITEM)
    String initUpdateForm(@PathVariable String segment, @PathVariable String key, Model model) {
        Item item = item(segment, key);
        return form(model, item, ItemForm.of(item), Map.of());
    }

    @PostMapping(ITEM)
    @Transactional
    String processUpdateForm(@PathVariable String segment, @PathVariable String key, @ModelAttribute ItemForm form,
                             @AuthenticationPrincipal StaffUser admin, Locale locale, Model model,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Item item = item(segment, key);
        Review review = review(request, form);
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, item, form, Map.of());
        }
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            Map<String, String> texts = new LinkedHashMap<>();
            errors.forEach((field, messageKey) -> texts.put(field, messages.getMessage(messageKey, null, messageKey, locale)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, item, form, texts);
        }
        if (review.blocksSave()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, item, form, textReview.confirmationError(locale));
        }
        items.edit(item.type(), key, form.toEdit(), admin.email(), clock.instant());
        audit.record(null, admin.email(), "knowledge.item.edit", item.type().code(), key, "ok");
        // The knowledge base belongs to no collaboration, so no dashboard counts it; a confirmation is still audited.
        for (String field : review.fieldsAboveB1()) {
            if (review.confirmed()) {
                audit.record(null, admin.email(), PublishedTexts.CONFIRMED_ACTION, item.type().code(), key,
                        field + ": " + review.of(field).check().level().name());
            }
        }
        words.rebuild();
        redirect.addAttribute("segment", segment);
        redirect.addAttribute("key", key);
        return "redirect:/admin/kennisbank/{segment}/{key}?opgeslagen";
    }

    @GetMapping("/admin/kennisbank/lessen")
    String showWaitingLessons(Locale locale, Model model) {
        boolean en = DefaultKnowledgeBase.english(locale);
        List<Lesson> waiting = lessons.requested();
        Map<UUID, String> names = collaborations.namesOf(waiting.stream().map(Lesson::collaborationId).distinct().toList());
        model.addAttribute("en", en);
        model.addAttribute("waiting", waiting.stream().map(l -> new Waiting(l, names.getOrDefault(l.collaborationId(), ""))).toList());
        return LESSONS_VIEW;
    }

    @PostMapping("/admin/kennisbank/lessen/{id}/goedkeuren")
    String approve(@PathVariable String id, @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute(lessons.approve(KnowledgePageController.uuid(id), admin.email()) ? "approved" : "gone", true);
        return "redirect:/admin/kennisbank/lessen";
    }

    @PostMapping("/admin/kennisbank/lessen/{id}/afwijzen")
    String reject(@PathVariable String id, @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        redirect.addFlashAttribute(lessons.reject(KnowledgePageController.uuid(id), admin.email()) ? "rejected" : "gone", true);
        return "redirect:/admin/kennisbank/lessen";
    }

    /** Dutch fields checked as Dutch, English fields as English, in one review for the form. */
    private Review review(HttpServletRequest request, ItemForm form) {
        Review dutch = textReview.review(request, TextReview.DUTCH, form.dutchTexts());
        Review english = textReview.review(request, Locale.ENGLISH, form.englishTexts());
        Map<String, CheckedText> checks = new LinkedHashMap<>(dutch.checks());
        checks.putAll(english.checks());
        return new Review(checks, dutch.checkRequested(), dutch.confirmed());
    }

    private Item item(String segment, String key) {
        ItemType type = ItemType.bySegment(segment).orElseThrow(NotFoundException::new);
        return items.find(type, key).orElseThrow(NotFoundException::new);
    }

    private static String form(Model model, Item item, ItemForm form, Map<String, String> errors) {
        model.addAttribute("item", item);
        model.addAttribute("segment", item.type().segment());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return EDIT_VIEW;
    }
}
