package nl.samenspraak.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over seeded items and approved lessons with PostgreSQL: stored, weighted
 * tsvectors (title A, summary and tags B, text C) per language, GIN indexes, stemming by the
 * Dutch or English snowball stemmer, prefix matching, and typo correction against the
 * vocabulary ({@link KnowledgeWords}). Each hit says why it matched: the fields that hold the
 * words and a snippet with the words marked.
 */
@Service
class KnowledgeSearch {

    static final int PAGE_SIZE = 20;
    /** Private-use characters never occur in content (the search text is stripped of them too). */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    private static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=\uE000, StopSel=\uE001";
    private static final String SNIPPET_OPTIONS = "MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \", "
            + "StartSel=\uE000, StopSel=\uE001";
    /** ts_headline parses all the text it gets; the start of a long text is enough for a snippet and much faster. */
    static final int SNIPPET_SOURCE = 2500;
    private static final String TYPE_ORDER = "array_position(ARRAY['theme','ladder','method','example','lesson'], type)";

    /** A piece of text, marked when it is one of the words searched for. */
    record Segment(String text, boolean marked) {}

    /** One found item; {@code matchedIn} holds "title", "summary" and/or "text". */
    record Hit(ItemType type, String key, String title, String path, List<Segment> markedTitle, List<Segment> snippet,
               List<String> matchedIn, String collaborationName) {}

    /**
     * {@code corrections}: typed word → the known word searched instead (empty when none was needed);
     * {@code anyWord}: no item had all words, so these hits have at least one of them.
     */
    record Result(List<Hit> hits, int total, boolean more, Map<String, String> corrections, boolean anyWord) {

        Result(List<Hit> hits, int total, boolean more, Map<String, String> corrections) {
            this(hits, total, more, corrections, false);
        }
    }

    private final JdbcClient jdbc;
    private final KnowledgeWords words;
    private final Collaborations collaborations;
    private final KnowledgeSynonyms synonyms;

    KnowledgeSearch(JdbcClient jdbc, KnowledgeWords words, Collaborations collaborations, KnowledgeSynonyms synonyms) {
        this.jdbc = jdbc;
        this.words = words;
        this.collaborations = collaborations;
        this.synonyms = synonyms;
    }

    /**
     * All words (or their synonyms) first; when that finds nothing, words that exist nowhere are
     * corrected to the nearest known word; when that still finds nothing, any of the words will do
     * (and the result says so). A word with synonyms is a real word and is never "corrected".
     */
    Result search(SearchQuery query, boolean en) {
        Result result = run(query, query.words(), en, false);
        if (result.total() > 0 || !query.hasText() || query.usesOperators()) {
            return result;
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        List<String> corrected = new ArrayList<>();
        for (String word : query.words()) {
            Optional<String> nearest = synonyms.known(word) ? Optional.empty() : words.nearest(word);
            nearest.ifPresent(n -> corrections.put(word, n));
            corrected.add(nearest.orElse(word));
        }
        if (!corrections.isEmpty()) {
            Result retry = run(query, corrected, en, false);
            if (retry.total() > 0) {
                return new Result(retry.hits(), retry.total(), retry.more(), corrections);
            }
        }
        if (corrected.size() > 1) {
            Result any = run(query, corrected, en, true);
            if (any.total() > 0) {
                return new Result(any.hits(), any.total(), any.more(), corrections, true);
            }
        }
        return new Result(result.hits(), result.total(), result.more(), corrections);
    }

    private Result run(SearchQuery query, List<String> terms, boolean en, boolean anyWord) {
        String l = en ? "en" : "nl";
        String cfg = en ? "'english'" : "'dutch'";
        boolean text = !terms.isEmpty();
        boolean websearch = text && query.usesOperators();
        boolean items = query.type() != ItemType.LESSON;
        // Lessons have no ladder level; the ladder filter therefore shows seeded items only.
        boolean lessons = (query.type() == null || query.type() == ItemType.LESSON) && query.level() == null;
        StringBuilder sql = new StringBuilder("WITH q AS (SELECT ");
        if (text) {
            sql.append(websearch ? "websearch_to_tsquery(" + cfg + ", :tq)" : "to_tsquery(" + cfg + ", :tq)").append(" AS tq, ")
                    .append(websearch ? "websearch_to_tsquery(" + cfg + ", :tq)" : "to_tsquery(" + cfg + ", :oq)").append(" AS oq");
        } else {
            sql.append("NULL::tsquery AS tq, NULL::tsquery AS oq");
        }
        sql.append("), r AS (");
        List<String> parts = new ArrayList<>();
        if (items) {
            StringBuilder p = new StringBuilder("SELECT i.type, i.key, i.title_" + l + " AS title, i.summary_" + l + " AS summary, "
                    + "i.summary_" + l + " || ' ' || knowledge_words(i.tags_" + l + ") || ' ' || i.place AS summary_words, "
                    + "i.body_" + l + " || E'\\n' || knowledge_words(i.list_" + l + ") AS body, "
                    + (text ? "ts_rank_cd(i.search_" + l + ", q.tq)" : "0") + " AS rank, NULL::uuid AS collaboration_id, i.position "
                    + "FROM knowledge_item i CROSS JOIN q WHERE true");
            if (text) p.append(" AND i.search_").append(l).append(" @@ q.tq");
            if (query.type() != null) p.append(" AND i.type = :type");
            if (query.targetGroup() != null) p.append(" AND i.target_groups @> ARRAY[CAST(:group AS text)]");
            if (query.level() != null) p.append(" AND (i.type = 'ladder' AND i.key = :level OR i.levels @> ARRAY[CAST(:level AS text)])");
            if (query.theme() != null) p.append(" AND (i.type = 'theme' AND i.key = :theme OR i.themes @> ARRAY[CAST(:theme AS text)])");
            parts.add(p.toString());
        }
        if (lessons) {
            StringBuilder p = new StringBuilder("SELECT 'lesson'::text AS type, l.id::text AS key, l.title AS title, l.for_whom AS summary, "
                    + "l.for_whom AS summary_words, l.tried || E'\\n' || l.happened || E'\\n' || l.differently AS body, "
                    + (text ? "ts_rank_cd(l.search_" + l + ", q.tq)" : "0") + " AS rank, l.collaboration_id, 0 AS position "
                    + "FROM knowledge_lesson l CROSS JOIN q WHERE l.sharing = 'APPROVED'");
            if (text) p.append(" AND l.search_").append(l).append(" @@ q.tq");
            if (query.targetGroup() != null) p.append(" AND l.target_groups @> ARRAY[CAST(:group AS text)]");
            if (query.theme() != null) p.append(" AND l.themes @> ARRAY[CAST(:theme AS text)]");
            parts.add(p.toString());
        }
        if (parts.isEmpty()) {
            return new Result(List.of(), 0, false, Map.of());
        }
        sql.append(String.join(" UNION ALL ", parts)).append("), page AS (SELECT r.*, count(*) OVER () AS total FROM r ORDER BY ")
                .append(text ? "rank DESC, " : "").append(TYPE_ORDER).append(", position, title LIMIT :limit OFFSET :offset) ");
        if (text) {
            sql.append("SELECT page.*, ts_headline(").append(cfg).append(", page.title, q.oq, :titleOptions) AS marked_title, ")
                    .append("ts_headline(").append(cfg).append(", left(page.summary || E'\\n' || page.body, :snippetSource), q.oq, :snippetOptions) AS snippet, ")
                    .append("to_tsvector(").append(cfg).append(", page.title) @@ q.oq AS in_title, ")
                    .append("to_tsvector(").append(cfg).append(", page.summary_words) @@ q.oq AS in_summary, ")
                    .append("to_tsvector(").append(cfg).append(", page.body) @@ q.oq AS in_text ")
                    .append("FROM page CROSS JOIN q ORDER BY rank DESC, ");
        } else {
            sql.append("SELECT page.*, page.title AS marked_title, page.summary AS snippet, false AS in_title, false AS in_summary, "
                    + "false AS in_text FROM page ORDER BY ");
        }
        sql.append(TYPE_ORDER).append(", position, title");

        List<Row> rows = jdbc.sql(sql.toString())
                .param("tq", websearch ? query.text()
                        : anyWord ? SearchQuery.anyOf(terms, synonyms) : SearchQuery.allOf(terms, synonyms))
                .param("oq", SearchQuery.anyOf(terms, synonyms))
                .param("type", query.type() == null ? null : query.type().code())
                .param("group", query.targetGroup()).param("level", query.level()).param("theme", query.theme())
                .param("titleOptions", TITLE_OPTIONS).param("snippetOptions", SNIPPET_OPTIONS).param("snippetSource", SNIPPET_SOURCE)
                .param("limit", PAGE_SIZE + 1).param("offset", query.page() * PAGE_SIZE)
                .query((rs, n) -> new Row(rs.getString("type"), rs.getString("key"), rs.getString("title"),
                        rs.getString("marked_title"), rs.getString("snippet"), rs.getBoolean("in_title"),
                        rs.getBoolean("in_summary"), rs.getBoolean("in_text"), rs.getObject("collaboration_id", UUID.class),
                        rs.getInt("total")))
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        List<Row> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        Map<UUID, String> names = collaborations.namesOf(shown.stream().map(Row::collaborationId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<Hit> hits = shown.stream().map(row -> row.hit(names)).toList();
        return new Result(hits, rows.isEmpty() ? 0 : rows.getFirst().total(), more, Map.of());
    }

    private record Row(String type, String key, String title, String markedTitle, String snippet, boolean inTitle,
                       boolean inSummary, boolean inText, UUID collaborationId, int total) {
        Hit hit(Map<UUID, String> names) {
            ItemType itemType = ItemType.byCode(type).orElseThrow();
            List<String> matched = new ArrayList<>();
            if (inTitle) matched.add("title");
            if (inSummary) matched.add("summary");
            if (inText) matched.add("text");
            return new Hit(itemType, key, title, itemType.path(key), segments(markedTitle), segments(snippet), matched,
                    collaborationId == null ? null : names.getOrDefault(collaborationId, ""));
        }
    }

    /** Splits ts_headline's output at its markers, so the page can mark words without rendering HTML from data. */
    static List<Segment> segments(String headline) {
        List<Segment> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        int i = 0;
        while (i < headline.length()) {
            int start = headline.indexOf(MARK_START, i);
            if (start < 0) {
                out.add(new Segment(headline.substring(i), false));
                break;
            }
            if (start > i) {
                out.add(new Segment(headline.substring(i, start), false));
            }
            int end = headline.indexOf(MARK_END, start + 1);
            end = end < 0 ? headline.length() : end;
            out.add(new Segment(headline.substring(start + 1, end), true));
            i = end + 1;
        }
        return out;
    }
}
