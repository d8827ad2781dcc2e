package nl.samenspraak.vision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.vision.VisionVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft and the published versions of collaborations' visions; versions are only ever added. */
@Repository
class Visions {

    /** The draft as stored, with who changed it last. */
    record Draft(String text, Instant updatedAt, String updatedBy) {}

    /** The newest version of a collaboration, for the yearly review. */
    record Newest(UUID collaborationId, int number, LocalDate publishedOn) {}

    private final JdbcClient jdbc;

    Visions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> draft(UUID collaborationId) {
        return jdbc.sql("SELECT text, updated_at, updated_by FROM vision_draft WHERE collaboration_id = :c")
                .param("c", collaborationId)
                .query((rs, n) -> new Draft(rs.getString("text"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .optional();
    }

    void saveDraft(UUID collaborationId, String text, Instant at, String actor) {
        jdbc.sql("""
                INSERT INTO vision_draft (collaboration_id, text, updated_at, updated_by) VALUES (:c, :text, :at, :by)
                ON CONFLICT (collaboration_id) DO UPDATE SET text = :text, updated_at = :at, updated_by = :by
                """)
                .param("c", collaborationId).param("text", text).param("at", Timestamp.from(at)).param("by", actor)
                .update();
    }

    /** Every version, oldest first, with its contributor counts; one query. */
    List<VisionVersion> versions(UUID collaborationId) {
        return jdbc.sql(VERSIONS + " WHERE v.collaboration_id = :c ORDER BY v.number")
                .param("c", collaborationId).query((rs, n) -> version(rs)).list();
    }

    Optional<VisionVersion> newest(UUID collaborationId) {
        return jdbc.sql(VERSIONS + " WHERE v.collaboration_id = :c ORDER BY v.number DESC LIMIT 1")
                .param("c", collaborationId).query((rs, n) -> version(rs)).optional();
    }

    Optional<VisionVersion> version(UUID collaborationId, int number) {
        return jdbc.sql(VERSIONS + " WHERE v.collaboration_id = :c AND v.number = :n")
                .param("c", collaborationId).param("n", number).query((rs, n) -> version(rs)).optional();
    }

    /** Adds the next version; the unique key makes a second publisher at the same moment fail, not overwrite. */
    int addVersion(UUID collaborationId, LocalDate on, Instant at, String text, String changeNote, String actor) {
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM vision_version WHERE collaboration_id = :c")
                .param("c", collaborationId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO vision_version (id, collaboration_id, number, published_on, published_at, text, change_note,
                    published_by)
                VALUES (:id, :c, :n, :on, :at, :text, :note, :by)
                """)
                .param("id", UUID.randomUUID()).param("c", collaborationId).param("n", number).param("on", on)
                .param("at", Timestamp.from(at)).param("text", text).param("note", changeNote).param("by", actor)
                .update();
        return number;
    }

    /** The newest version of every collaboration that has one; one query. */
    List<Newest> newestOfAll() {
        return jdbc.sql("""
                SELECT DISTINCT ON (collaboration_id) collaboration_id, number, published_on FROM vision_version
                ORDER BY collaboration_id, number DESC
                """)
                .query((rs, n) -> new Newest(rs.getObject("collaboration_id", UUID.class), rs.getInt("number"),
                        rs.getObject("published_on", LocalDate.class)))
                .list();
    }

    /** Claims one yearly reminder; false when it was sent already (by this node or another). */
    boolean claimReminder(UUID collaborationId, int number, int years, Instant at) {
        return jdbc.sql("""
                INSERT INTO vision_review_reminder (collaboration_id, version_number, years, sent_at)
                VALUES (:c, :n, :y, :at) ON CONFLICT DO NOTHING
                """)
                .param("c", collaborationId).param("n", number).param("y", years).param("at", Timestamp.from(at))
                .update() == 1;
    }

    private static final String VERSIONS = """
            SELECT v.number, v.published_on, v.text, v.change_note,
                   (SELECT count(DISTINCT coalesce(k.resident_id, k.id)) FROM vision_comment k
                     WHERE k.collaboration_id = v.collaboration_id AND k.version_number = v.number
                       AND k.author_kind = 'RESIDENT') AS residents,
                   (SELECT count(DISTINCT k.staff_id) FROM vision_comment k
                     WHERE k.collaboration_id = v.collaboration_id AND k.version_number = v.number
                       AND k.author_kind = 'STAFF') AS professionals
            FROM vision_version v
            """;

    private static VisionVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new VisionVersion(rs.getInt("number"), rs.getObject("published_on", LocalDate.class), rs.getString("text"),
                rs.getString("change_note"), rs.getInt("residents"), rs.getInt("professionals"));
    }
}
