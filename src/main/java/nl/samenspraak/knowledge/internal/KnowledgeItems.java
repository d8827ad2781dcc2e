package nl.samenspraak.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The seeded items, their sources and the target-group vocabulary. Small tables: every query is one indexed read. */
@Repository
class KnowledgeItems {

    static final String COLUMNS = "type, key, position, kind, title_nl, title_en, summary_nl, summary_en, body_nl, body_en, "
            + "list_nl, list_en, tags_nl, tags_en, target_groups, levels, themes, methods, sources, effort, group_size, "
            + "place, edited_at, edited_by";
    private static final String ORDER = " ORDER BY array_position(ARRAY['theme','ladder','method','example'], type), position, key";

    private final JdbcClient jdbc;

    KnowledgeItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Item> find(ItemType type, String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_item WHERE type = :type AND key = :key")
                .param("type", type.code()).param("key", key).query(KnowledgeItems::map).optional();
    }

    List<Item> ofType(ItemType type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_item WHERE type = :type" + ORDER)
                .param("type", type.code()).query(KnowledgeItems::map).list();
    }

    List<Item> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_item" + ORDER).query(KnowledgeItems::map).list();
    }

    /** Items of a type that list {@code value} in one of their link columns (themes, methods, levels). */
    List<Item> linkedTo(ItemType type, String column, String value) {
        if (!List.of("themes", "methods", "levels", "target_groups").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_item WHERE type = :type AND " + column
                        + " @> ARRAY[CAST(:value AS text)]" + ORDER)
                .param("type", type.code()).param("value", value).query(KnowledgeItems::map).list();
    }

    List<Item> byKeys(ItemType type, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_item WHERE type = :type AND key IN (:keys)" + ORDER)
                .param("type", type.code()).param("keys", List.copyOf(keys)).query(KnowledgeItems::map).list();
    }

    List<Source> sources(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT key, title, authors, year, publisher FROM knowledge_source WHERE key IN (:keys) ORDER BY year, key")
                .param("keys", List.copyOf(keys))
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
                .list();
    }

    /** The vocabulary in its seed order, by key. */
    Map<String, TargetGroup> targetGroups() {
        Map<String, TargetGroup> groups = new LinkedHashMap<>();
        jdbc.sql("SELECT key, label_nl, label_en, synonyms_nl, synonyms_en FROM knowledge_target_group ORDER BY position, key")
                .query((rs, n) -> new TargetGroup(rs.getString(1), rs.getString(2), rs.getString(3),
                        strings(rs, "synonyms_nl"), strings(rs, "synonyms_en")))
                .list().forEach(g -> groups.put(g.key(), g));
        return groups;
    }

    /** The administrator's texts; from now on the seed no longer changes them. */
    boolean edit(ItemType type, String key, ItemEdit edit, String actor, java.time.Instant at) {
        return jdbc.sql("""
                UPDATE knowledge_item SET title_nl = :titleNl, title_en = :titleEn, summary_nl = :summaryNl,
                    summary_en = :summaryEn, body_nl = :bodyNl, body_en = :bodyEn, list_nl = :listNl, list_en = :listEn,
                    tags_nl = :tagsNl, tags_en = :tagsEn, edited_at = :at, edited_by = :actor
                WHERE type = :type AND key = :key
                """)
                .param("titleNl", edit.titleNl()).param("titleEn", edit.titleEn())
                .param("summaryNl", edit.summaryNl()).param("summaryEn", edit.summaryEn())
                .param("bodyNl", edit.bodyNl()).param("bodyEn", edit.bodyEn())
                .param("listNl", edit.listNl().toArray(String[]::new)).param("listEn", edit.listEn().toArray(String[]::new))
                .param("tagsNl", edit.tagsNl().toArray(String[]::new)).param("tagsEn", edit.tagsEn().toArray(String[]::new))
                .param("at", Timestamp.from(at)).param("actor", actor)
                .param("type", type.code()).param("key", key)
                .update() == 1;
    }

    static Item map(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Item(ItemType.byCode(rs.getString("type")).orElseThrow(), rs.getString("key"), rs.getInt("position"),
                rs.getString("kind"), rs.getString("title_nl"), rs.getString("title_en"),
                rs.getString("summary_nl"), rs.getString("summary_en"), rs.getString("body_nl"), rs.getString("body_en"),
                strings(rs, "list_nl"), strings(rs, "list_en"), strings(rs, "tags_nl"), strings(rs, "tags_en"),
                strings(rs, "target_groups"), strings(rs, "levels"), strings(rs, "themes"), strings(rs, "methods"),
                strings(rs, "sources"), rs.getString("effort"), rs.getString("group_size"), rs.getString("place"),
                edited == null ? null : edited.toInstant(), rs.getString("edited_by"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
