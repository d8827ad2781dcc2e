package nl.samenspraak.knowledge.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.knowledge.KnowledgeSuggestion;
import nl.samenspraak.knowledge.Theme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Suggestions for other modules, computed from the links between items in the seed. */
@Service
class DefaultKnowledgeBase implements KnowledgeBase {

    private final KnowledgeItems items;
    private final Lessons lessons;
    private final MessageSource messages;

    DefaultKnowledgeBase(KnowledgeItems items, Lessons lessons, MessageSource messages) {
        this.items = items;
        this.lessons = lessons;
        this.messages = messages;
    }

    @Override
    public nl.samenspraak.knowledge.LessonsShared lessonsSince(java.util.UUID collaborationId, java.time.Instant since) {
        return lessons.writtenSince(collaborationId, since);
    }

    @Override
    public List<KnowledgeSuggestion> suggestionsFor(Theme theme, Locale locale, int limit) {
        boolean en = english(locale);
        List<KnowledgeSuggestion> out = new ArrayList<>();
        if (limit <= 0) {
            return out;
        }
        Optional<Item> page = items.find(ItemType.THEME, theme.key());
        String title = page.map(i -> i.title(en)).orElseGet(() -> message("knowledge.theme." + theme.key(), locale));
        String summary = page.map(i -> i.summary(en)).orElse("");
        out.add(new KnowledgeSuggestion(ItemType.THEME.code(), title, summary, ItemType.THEME.path(theme.key()),
                message("knowledge.reason.themePage", locale)));
        String serves = message("knowledge.reason.serves", locale, title);
        for (Item method : items.linkedTo(ItemType.METHOD, "themes", theme.key())) {
            out.add(suggestion(method, en, serves));
        }
        String shows = message("knowledge.reason.shows", locale, title);
        for (Item example : items.linkedTo(ItemType.EXAMPLE, "themes", theme.key())) {
            out.add(suggestion(example, en, shows));
        }
        for (Lesson lesson : lessons.approvedLinkedTo("themes", theme.key(), limit)) {
            out.add(new KnowledgeSuggestion(ItemType.LESSON.code(), lesson.title(), lesson.forWhom(), lesson.publicPath(), shows));
        }
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    @Override
    public List<KnowledgeSuggestion> methodsFor(Collection<String> targetGroups, String participationLevel, Locale locale, int limit) {
        boolean en = english(locale);
        Map<String, TargetGroup> vocabulary = items.targetGroups();
        Set<String> groups = matchGroups(targetGroups == null ? List.of() : targetGroups, vocabulary.values());
        String level = participationLevel == null ? "" : participationLevel.strip();
        if (groups.isEmpty() && !KnowledgeSeedLoader.LEVELS.contains(level) || limit <= 0) {
            return List.of();
        }
        record Scored(Item method, List<String> groups, boolean level, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (Item method : items.ofType(ItemType.METHOD)) {
            List<String> shared = method.targetGroups().stream().filter(groups::contains).toList();
            boolean levelFits = method.levels().contains(level);
            int score = shared.size() * 2 + (levelFits ? 3 : 0);
            if (score > 0) {
                scored.add(new Scored(method, shared, levelFits, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> effortOrder(s.method().effort())).thenComparingInt(s -> s.method().position()));
        List<KnowledgeSuggestion> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(limit, scored.size()))) {
            List<String> reasons = new ArrayList<>();
            if (!s.groups().isEmpty()) {
                reasons.add(message("knowledge.reason.groups", locale, String.join(", ",
                        s.groups().stream().map(g -> vocabulary.get(g).label(en).toLowerCase(locale)).toList())));
            }
            if (s.level()) {
                reasons.add(message("knowledge.reason.level", locale, message("knowledge.level." + level, locale).toLowerCase(locale)));
            }
            out.add(suggestion(s.method(), en, String.join("; ", reasons)));
        }
        return out;
    }

    /**
     * Staff type target groups freely ("ouderen in Oost", "mantelzorgers"); a group matches when
     * the text is, contains or starts one of its names or synonyms, in Dutch or English.
     */
    static Set<String> matchGroups(Collection<String> typed, Collection<TargetGroup> vocabulary) {
        Set<String> matched = new LinkedHashSet<>();
        for (String raw : typed) {
            String t = normalise(raw);
            if (t.isEmpty()) {
                continue;
            }
            for (TargetGroup group : vocabulary) {
                List<String> names = new ArrayList<>(List.of(group.key().replace('-', ' '), group.labelNl(), group.labelEn()));
                names.addAll(group.synonymsNl());
                names.addAll(group.synonymsEn());
                for (String name : names) {
                    String n = normalise(name);
                    if (!n.isEmpty() && (t.equals(n) || (" " + t + " ").contains(" " + n + " ")
                            || t.length() >= 5 && n.startsWith(t))) {
                        matched.add(group.key());
                        break;
                    }
                }
            }
        }
        return matched;
    }

    private static String normalise(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+]+", " ").strip();
    }

    private static int effortOrder(String effort) {
        return effort == null ? 3 : switch (effort) {
            case "LOW" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }

    private static KnowledgeSuggestion suggestion(Item item, boolean en, String reason) {
        return new KnowledgeSuggestion(item.type().code(), item.title(en), item.summary(en), item.path(), reason);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
