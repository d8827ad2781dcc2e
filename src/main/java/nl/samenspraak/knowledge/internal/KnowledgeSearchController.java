package nl.samenspraak.knowledge.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.knowledge.Theme;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public knowledge base: one GET form to search and filter (works without JavaScript),
 * and, without a search, an overview of everything in it.
 */
@Controller
class KnowledgeSearchController {

    static final String VIEW = "knowledge/search";
    static final int LATEST_LESSONS = 10;

    /** What the form shows as chosen; filters that do not exist are dropped, never an error. */
    record Form(String q, String soort, String doelgroep, String niveau, String thema) {}

    /** A choice of a select list. */
    record Option(String value, String label) {}

    /** The themes of one kind, for an optgroup and for the overview. */
    record ThemeGroup(String kind, List<ItemView> themes) {}

    private final KnowledgeSearch search;
    private final KnowledgeItems items;
    private final Lessons lessons;
    private final MessageSource messages;

    KnowledgeSearchController(KnowledgeSearch search, KnowledgeItems items, Lessons lessons, MessageSource messages) {
        this.search = search;
        this.items = items;
        this.lessons = lessons;
        this.messages = messages;
    }

    @GetMapping("/kennisbank")
    String showSearch(@RequestParam(name = "q", required = false) String q,
                      @RequestParam(name = "soort", required = false) String soort,
                      @RequestParam(name = "doelgroep", required = false) String doelgroep,
                      @RequestParam(name = "niveau", required = false) String niveau,
                      @RequestParam(name = "thema", required = false) String thema,
                      @RequestParam(name = "pagina", required = false) String pagina,
                      Locale locale, Model model, HttpServletResponse response) {
        boolean en = DefaultKnowledgeBase.english(locale);
        Map<String, TargetGroup> groups = items.targetGroups();
        ItemType type = ItemType.byCode(value(soort)).orElse(null);
        String group = groups.containsKey(value(doelgroep)) ? value(doelgroep) : null;
        String level = KnowledgeSeedLoader.LEVELS.contains(value(niveau)) ? value(niveau) : null;
        String theme = Theme.byKey(value(thema)).map(Theme::key).orElse(null);
        List<Item> all = items.all();
        model.addAttribute("en", en);
        model.addAttribute("types", java.util.Arrays.stream(ItemType.values()).map(ItemType::code).toList());
        model.addAttribute("groups", groups.values().stream().map(g -> new Option(g.key(), g.label(en))).toList());
        model.addAttribute("levels", levelOptions(all, en, locale));
        model.addAttribute("themeGroups", themeGroups(all, en));
        model.addAttribute("exampleSearches", exampleSearches(locale));
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("errors", errors);
        String text = value(q);
        SearchQuery query;
        try {
            query = new SearchQuery(text, type, group, level, theme, page(pagina));
        } catch (SearchQuery.TooLongException e) {
            errors.put("q", messages.getMessage("knowledge.search.error.tooLong", new Object[] {SearchQuery.MAX_LENGTH}, locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", new Form(nl.samenspraak.platform.Text.clean(text.substring(0, SearchQuery.MAX_LENGTH)),
                    type == null ? "" : type.code(), nz(group), nz(level), nz(theme)));
            return VIEW;
        }
        model.addAttribute("form", new Form(query.text(), type == null ? "" : type.code(), nz(group), nz(level), nz(theme)));
        if (!query.hasText() && !query.hasFilters()) {
            model.addAttribute("overview", true);
            model.addAttribute("ladder", ItemView.of(all.stream().filter(i -> i.type() == ItemType.LADDER).toList(), en));
            model.addAttribute("methods", ItemView.of(all.stream().filter(i -> i.type() == ItemType.METHOD).toList(), en));
            model.addAttribute("examples", ItemView.of(all.stream().filter(i -> i.type() == ItemType.EXAMPLE).toList(), en));
            model.addAttribute("lessons", lessons.latestApproved(LATEST_LESSONS));
            return VIEW;
        }
        KnowledgeSearch.Result result = search.search(query, en);
        model.addAttribute("overview", false);
        model.addAttribute("result", result);
        model.addAttribute("page", query.page());
        return VIEW;
    }

    private List<Option> levelOptions(List<Item> all, boolean en, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (String level : KnowledgeSeedLoader.LEVELS) {
            String label = all.stream().filter(i -> i.type() == ItemType.LADDER && i.key().equals(level)).findFirst()
                    .map(i -> i.title(en))
                    .orElseGet(() -> messages.getMessage("knowledge.level." + level, null, level, locale));
            options.add(new Option(level, label));
        }
        return options;
    }

    /** The 22 themes by kind, in the order of {@link Theme}; a theme without seeded text shows its bundle name. */
    private List<ThemeGroup> themeGroups(List<Item> all, boolean en) {
        Locale locale = en ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        List<ThemeGroup> out = new ArrayList<>();
        for (Theme.Kind kind : Theme.Kind.values()) {
            List<ItemView> themes = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                if (theme.kind() != kind) {
                    continue;
                }
                themes.add(all.stream().filter(i -> i.type() == ItemType.THEME && i.key().equals(theme.key())).findFirst()
                        .map(i -> ItemView.of(i, en))
                        .orElseGet(() -> new ItemView("theme", theme.key(), null,
                                messages.getMessage("knowledge.theme." + theme.key(), null, theme.key(), locale), "",
                                List.of(), List.of(), kind.name(), "", null, null)));
            }
            out.add(new ThemeGroup(kind.name(), themes));
        }
        return out;
    }

    /** The example searches printed under the search box; each one finds something (KnowledgeExamplesTest). */
    private List<String> exampleSearches(Locale locale) {
        return java.util.Arrays.stream(messages.getMessage("knowledge.search.examples", null, "", locale).split("\\|"))
                .map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    private static int page(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
