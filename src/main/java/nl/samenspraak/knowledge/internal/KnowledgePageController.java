package nl.samenspraak.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per item: what it is, how it links to the rest, and the publication it comes from. */
@Controller
class KnowledgePageController {

    static final String ITEM_VIEW = "knowledge/item";
    static final String LESSON_VIEW = "knowledge/lesson";
    static final int RELATED_LESSONS = 10;

    /** A link to another page of the knowledge base. */
    record Link(String path, String title) {}

    private final KnowledgeItems items;
    private final Lessons lessons;
    private final Collaborations collaborations;

    KnowledgePageController(KnowledgeItems items, Lessons lessons, Collaborations collaborations) {
        this.items = items;
        this.lessons = lessons;
        this.collaborations = collaborations;
    }

    @GetMapping("/kennisbank/{segment:thema|ladder|werkvormen|voorbeelden}/{key}")
    String showItem(@PathVariable String segment, @PathVariable String key, Locale locale, Model model) {
        boolean en = DefaultKnowledgeBase.english(locale);
        ItemType type = ItemType.bySegment(segment).orElseThrow(NotFoundException::new);
        Item item = items.find(type, key).orElseThrow(NotFoundException::new);
        Map<String, TargetGroup> groups = items.targetGroups();
        model.addAttribute("en", en);
        model.addAttribute("item", ItemView.of(item, en));
        model.addAttribute("sources", items.sources(item.sources()));
        model.addAttribute("targetGroups", item.targetGroups().stream().filter(groups::containsKey)
                .map(g -> groups.get(g).label(en)).toList());
        model.addAttribute("levels", item.levels());
        model.addAttribute("themes", links(items.byKeys(ItemType.THEME, item.themes()), en));
        model.addAttribute("usedMethods", links(items.byKeys(ItemType.METHOD, item.methods()), en));
        List<Link> methods = List.of();
        List<Link> examples = List.of();
        List<Lesson> related = List.of();
        model.addAttribute("ladder", List.of());
        switch (type) {
            case THEME -> {
                methods = links(items.linkedTo(ItemType.METHOD, "themes", key), en);
                examples = links(items.linkedTo(ItemType.EXAMPLE, "themes", key), en);
                related = lessons.approvedLinkedTo("themes", key, RELATED_LESSONS);
            }
            case LADDER -> {
                methods = links(items.linkedTo(ItemType.METHOD, "levels", key), en);
                model.addAttribute("ladder", links(items.ofType(ItemType.LADDER), en));
            }
            case METHOD -> {
                examples = links(items.linkedTo(ItemType.EXAMPLE, "methods", key), en);
                related = lessons.approvedLinkedTo("methods", key, RELATED_LESSONS);
            }
            default -> { }
        }
        model.addAttribute("methods", methods);
        model.addAttribute("examples", examples);
        model.addAttribute("lessons", lessonLinks(related));
        return ITEM_VIEW;
    }

    @GetMapping("/kennisbank/lessen/{id}")
    String showLesson(@PathVariable String id, Locale locale, Model model) {
        Lesson lesson = lessons.findApproved(uuid(id)).orElseThrow(NotFoundException::new);
        boolean en = DefaultKnowledgeBase.english(locale);
        model.addAttribute("lesson", lesson);
        model.addAttribute("collaborationName", collaborations.findById(lesson.collaborationId())
                .map(Collaboration::name).orElse(""));
        describe(lesson, en, model);
        return LESSON_VIEW;
    }

    /** The methods, themes and target groups a lesson names, as links and labels in the page's language. */
    void describe(Lesson lesson, boolean en, Model model) {
        Map<String, TargetGroup> groups = items.targetGroups();
        model.addAttribute("en", en);
        model.addAttribute("methods", links(items.byKeys(ItemType.METHOD, lesson.methods()), en));
        model.addAttribute("themes", links(items.byKeys(ItemType.THEME, lesson.themes()), en));
        model.addAttribute("targetGroups", lesson.targetGroups().stream().filter(groups::containsKey)
                .map(g -> groups.get(g).label(en)).toList());
    }

    static List<Link> links(List<Item> list, boolean en) {
        return list.stream().map(i -> new Link(i.path(), i.title(en))).toList();
    }

    private List<Link> lessonLinks(List<Lesson> list) {
        Set<UUID> ids = new LinkedHashSet<>();
        list.forEach(l -> ids.add(l.collaborationId()));
        Map<UUID, String> names = new java.util.HashMap<>();
        ids.forEach(id -> names.put(id, collaborations.findById(id).map(Collaboration::name).orElse("")));
        List<Link> out = new ArrayList<>();
        for (Lesson l : list) {
            out.add(new Link(l.publicPath(), l.title() + " (" + names.get(l.collaborationId()) + ")"));
        }
        return out;
    }

    /** The id in an address, or 404: a malformed id finds nothing, like an unknown one. */
    static UUID uuid(String value) {
        return Ids.parseUuid(value).orElseThrow(NotFoundException::new);
    }
}
