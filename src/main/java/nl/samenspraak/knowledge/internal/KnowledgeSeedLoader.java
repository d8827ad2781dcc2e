package nl.samenspraak.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.platform.Hashing;
import nl.samenspraak.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Brings the seed files into the database at every start, so content survives upgrades: new
 * items are inserted, items whose seed changed are updated, and texts an administrator edited
 * are never overwritten (only their links to other items follow the seed). A folder only
 * updates rows it inserted itself, so a second folder (as the tests' fixtures) cannot
 * overwrite the real content. Missing files or a missing folder are no error.
 */
@Component
// Before the demo (order 10): demo lessons refer to methods and themes of the seed.
@org.springframework.core.annotation.Order(5)
class KnowledgeSeedLoader implements ApplicationRunner {

    static final String MAIN_SEED = "classpath:knowledge/seed/";
    static final List<String> LEVELS = List.of("INFORMING", "CONSULTING", "ADVISING", "DELEGATING", "COOPERATING", "FACILITATING");
    private static final Set<String> EFFORTS = Set.of("LOW", "MEDIUM", "HIGH");
    private static final Set<String> GROUP_SIZES = Set.of("ONE_TO_ONE", "SMALL", "MEDIUM", "LARGE");
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeSeedLoader.class);
    private static final Locale NL = Locale.forLanguageTag("nl");

    /** What one load did. */
    record Result(int inserted, int updated, int unchanged) {}

    private final ResourceLoader resources;
    private final JdbcClient jdbc;
    private final KnowledgeItems items;
    private final KnowledgeWords words;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    KnowledgeSeedLoader(ResourceLoader resources, JdbcClient jdbc, KnowledgeItems items, KnowledgeWords words,
                        MessageSource messages) {
        this.resources = resources;
        this.jdbc = jdbc;
        this.items = items;
        this.words = words;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        Result result = load(MAIN_SEED);
        LOG.info("Knowledge seed: {} inserted, {} updated, {} unchanged", result.inserted(), result.updated(), result.unchanged());
    }

    /** Loads a seed folder ({@code classpath:...} or {@code file:...}, ending in a slash). Idempotent. */
    @Transactional
    public Result load(String location) {
        // One node at a time: two nodes starting together must not both insert.
        jdbc.sql("SELECT pg_advisory_xact_lock(74210)").query(Object.class).list();
        int[] counts = new int[3];
        for (JsonNode s : read(location, "sources.json")) {
            jdbc.sql("""
                    INSERT INTO knowledge_source (key, title, authors, year, publisher, origin)
                    VALUES (:key, :title, :authors, :year, :publisher, :origin)
                    ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title, authors = EXCLUDED.authors,
                        year = EXCLUDED.year, publisher = EXCLUDED.publisher
                    WHERE knowledge_source.origin = EXCLUDED.origin
                    """)
                    .param("key", s.path("key").asString()).param("title", s.path("title").asString())
                    .param("authors", s.path("authors").asString()).param("year", s.path("year").asInt())
                    .param("publisher", s.path("publisher").asString()).param("origin", location).update();
        }
        int position = 0;
        for (JsonNode g : read(location, "target-groups.json")) {
            jdbc.sql("""
                    INSERT INTO knowledge_target_group (key, position, label_nl, label_en, synonyms_nl, synonyms_en, origin)
                    VALUES (:key, :position, :nl, :en, :synNl, :synEn, :origin)
                    ON CONFLICT (key) DO UPDATE SET position = EXCLUDED.position, label_nl = EXCLUDED.label_nl,
                        label_en = EXCLUDED.label_en, synonyms_nl = EXCLUDED.synonyms_nl, synonyms_en = EXCLUDED.synonyms_en
                    WHERE knowledge_target_group.origin = EXCLUDED.origin
                    """)
                    .param("key", g.path("key").asString()).param("position", position++)
                    .param("nl", text(g.path("label"), "nl")).param("en", text(g.path("label"), "en"))
                    .param("synNl", strings(g.path("synonyms").path("nl"))).param("synEn", strings(g.path("synonyms").path("en")))
                    .param("origin", location).update();
        }
        Map<String, TargetGroup> groups = items.targetGroups();
        load(location, ItemType.THEME, "themes.json", "practice", groups, counts);
        load(location, ItemType.LADDER, "ladder.json", "asksOfProfessionals", groups, counts);
        load(location, ItemType.METHOD, "methods.json", "steps", groups, counts);
        load(location, ItemType.EXAMPLE, "examples.json", null, groups, counts);
        if (counts[0] + counts[1] > 0) {
            words.rebuild();
        }
        return new Result(counts[0], counts[1], counts[2]);
    }

    private void load(String location, ItemType type, String file, String listField, Map<String, TargetGroup> groups,
                      int[] counts) {
        int position = 0;
        for (JsonNode node : read(location, file)) {
            position++;
            String key = node.path("key").asString("").strip();
            if (!acceptable(type, key, node)) {
                LOG.warn("Knowledge seed {}{}: item {} skipped (unknown key or no title)", location, file, position);
                continue;
            }
            SeedRow row = row(type, key, position, node, listField, groups);
            Boolean inserted = jdbc.sql("""
                    INSERT INTO knowledge_item (type, key, position, kind, title_nl, title_en, summary_nl, summary_en,
                        body_nl, body_en, list_nl, list_en, tags_nl, tags_en, target_groups, levels, themes, methods,
                        sources, effort, group_size, place, origin, seed_hash)
                    VALUES (:type, :key, :position, :kind, :titleNl, :titleEn, :summaryNl, :summaryEn, :bodyNl, :bodyEn,
                        :listNl, :listEn, :tagsNl, :tagsEn, :targetGroups, :levels, :themes, :methods, :sources,
                        :effort, :groupSize, :place, :origin, :hash)
                    ON CONFLICT (type, key) DO UPDATE SET position = EXCLUDED.position, kind = EXCLUDED.kind,
                        target_groups = EXCLUDED.target_groups, levels = EXCLUDED.levels, themes = EXCLUDED.themes,
                        methods = EXCLUDED.methods, sources = EXCLUDED.sources, effort = EXCLUDED.effort,
                        group_size = EXCLUDED.group_size, place = EXCLUDED.place, seed_hash = EXCLUDED.seed_hash,
                        title_nl = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.title_nl ELSE knowledge_item.title_nl END,
                        title_en = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.title_en ELSE knowledge_item.title_en END,
                        summary_nl = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.summary_nl ELSE knowledge_item.summary_nl END,
                        summary_en = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.summary_en ELSE knowledge_item.summary_en END,
                        body_nl = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.body_nl ELSE knowledge_item.body_nl END,
                        body_en = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.body_en ELSE knowledge_item.body_en END,
                        list_nl = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.list_nl ELSE knowledge_item.list_nl END,
                        list_en = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.list_en ELSE knowledge_item.list_en END,
                        tags_nl = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.tags_nl ELSE knowledge_item.tags_nl END,
                        tags_en = CASE WHEN knowledge_item.edited_at IS NULL THEN EXCLUDED.tags_en ELSE knowledge_item.tags_en END
                    WHERE knowledge_item.origin = EXCLUDED.origin AND knowledge_item.seed_hash <> EXCLUDED.seed_hash
                    RETURNING (xmax = 0)
                    """)
                    .param("type", type.code()).param("key", key).param("position", position).param("kind", row.kind())
                    .param("titleNl", row.title()[0]).param("titleEn", row.title()[1])
                    .param("summaryNl", row.summary()[0]).param("summaryEn", row.summary()[1])
                    .param("bodyNl", row.body()[0]).param("bodyEn", row.body()[1])
                    .param("listNl", row.listNl()).param("listEn", row.listEn())
                    .param("tagsNl", row.tagsNl()).param("tagsEn", row.tagsEn())
                    .param("targetGroups", row.targetGroups()).param("levels", row.levels())
                    .param("themes", row.themes()).param("methods", row.methods()).param("sources", row.sources())
                    .param("effort", row.effort()).param("groupSize", row.groupSize()).param("place", row.place())
                    .param("origin", location).param("hash", row.hash())
                    .query(Boolean.class).optional().orElse(null);
            counts[inserted == null ? 2 : inserted ? 0 : 1]++;
        }
    }

    private static boolean acceptable(ItemType type, String key, JsonNode node) {
        boolean keyOk = switch (type) {
            case THEME -> Theme.byKey(key).isPresent();
            case LADDER -> LEVELS.contains(key);
            default -> key.matches("[a-z0-9][a-z0-9-]{0,99}");
        };
        return keyOk && !(text(node.path("title"), "nl").isEmpty() && text(node.path("title"), "en").isEmpty());
    }

    private record SeedRow(String kind, String[] title, String[] summary, String[] body, String[] listNl, String[] listEn,
                           String[] tagsNl, String[] tagsEn, String[] targetGroups, String[] levels, String[] themes,
                           String[] methods, String[] sources, String effort, String groupSize, String place, String hash) {}

    private SeedRow row(ItemType type, String key, int position, JsonNode node, String listField,
                        Map<String, TargetGroup> groups) {
        String kind = switch (type) {
            case THEME -> Theme.byKey(key).orElseThrow().kind().name();
            case LADDER -> Integer.toString(LEVELS.indexOf(key) + 1);
            default -> "";
        };
        String[] targetGroups = strings(node.path("targetGroups"));
        List<String> tagsNl = new ArrayList<>();
        List<String> tagsEn = new ArrayList<>();
        // Tags make an item findable by the words people use: the kind of theme, the names of its target groups.
        if (type == ItemType.THEME || type == ItemType.LADDER) {
            String tagKey = type == ItemType.THEME ? "knowledge.kind." + kind : "knowledge.type.ladder";
            tagsNl.add(messages.getMessage(tagKey, null, tagKey, NL));
            tagsEn.add(messages.getMessage(tagKey, null, tagKey, Locale.ENGLISH));
        }
        for (String g : targetGroups) {
            TargetGroup group = groups.get(g);
            if (group != null) {
                tagsNl.add(group.labelNl());
                tagsNl.addAll(group.synonymsNl());
                tagsEn.add(group.labelEn());
                tagsEn.addAll(group.synonymsEn());
            }
        }
        String effort = node.path("effort").asString("");
        String size = node.path("groupSize").asString("");
        List<String> lists = listField == null ? List.of() : List.of(listField);
        SeedRow row = new SeedRow(kind, pair(node.path("title")), pair(node.path("summary")), pair(node.path("body")),
                list(node, lists, "nl"), list(node, lists, "en"),
                new LinkedHashSet<>(tagsNl).toArray(String[]::new), new LinkedHashSet<>(tagsEn).toArray(String[]::new),
                targetGroups, strings(node.path("levels")), strings(node.path("themes")), strings(node.path("methods")),
                strings(node.path("sources")), EFFORTS.contains(effort) ? effort : null,
                GROUP_SIZES.contains(size) ? size : null, Text.clean(node.path("place").asString("")), null);
        return new SeedRow(row.kind(), row.title(), row.summary(), row.body(), row.listNl(), row.listEn(), row.tagsNl(),
                row.tagsEn(), row.targetGroups(), row.levels(), row.themes(), row.methods(), row.sources(), row.effort(),
                row.groupSize(), row.place(), hash(position, row));
    }

    private static String[] list(JsonNode node, List<String> fields, String language) {
        List<String> out = new ArrayList<>();
        for (String field : fields) {
            for (JsonNode entry : node.path(field)) {
                String value = text(entry, language);
                if (!value.isEmpty()) {
                    out.add(value);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /** nl and en; a text missing in one language falls back to the other, so no page is ever blank. */
    private static String[] pair(JsonNode node) {
        return new String[] {text(node, "nl"), text(node, "en")};
    }

    private static String text(JsonNode node, String language) {
        String value = Text.clean(node.path(language).asString(""));
        return value.isEmpty() ? Text.clean(node.path(language.equals("nl") ? "en" : "nl").asString("")) : value;
    }

    private static String[] strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode value : array) {
            String s = Text.clean(value.asString(""));
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Each part followed by a record separator, so that moving text between fields changes the hash. */
    private static String hash(int position, SeedRow row) {
        List<Object> parts = new ArrayList<>(List.of(position, row.kind(), row.effort() == null ? "" : row.effort(),
                row.groupSize() == null ? "" : row.groupSize(), row.place()));
        for (String[] values : List.of(row.title(), row.summary(), row.body(), row.listNl(), row.listEn(), row.tagsNl(),
                row.tagsEn(), row.targetGroups(), row.levels(), row.themes(), row.methods(), row.sources())) {
            parts.add(String.join("\u001f", values));
        }
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            text.append(part).append('\u001e');
        }
        return Hashing.sha256Hex(text.toString());
    }

    private List<JsonNode> read(String location, String file) {
        Resource resource = resources.getResource(location + file);
        if (!resource.exists()) {
            return List.of();
        }
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = json.readTree(in);
            List<JsonNode> nodes = new ArrayList<>();
            root.forEach(nodes::add);
            return nodes;
        } catch (IOException | RuntimeException e) {
            // A broken file must not stop the platform; the pages simply lack that content until it is fixed.
            LOG.error("Knowledge seed {}{} cannot be read: {}", location, file, e.getMessage());
            return List.of();
        }
    }
}
