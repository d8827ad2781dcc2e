package nl.samenspraak.vision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments and proposals on collaborations' drafts. */
@Repository
class VisionComments {

    /** What a new comment holds; the repository adds id, time and status. */
    record NewComment(boolean byResident, CommentSource source, UUID residentId, UUID staffId, String shownName,
                      String organisation, CommentKind kind, String passage, String text) {}

    private static final String COLUMNS = """
            SELECT id, seq, author_kind, source, resident_id, staff_id, shown_name, organisation, kind, passage, text,
                   status, created_at, version_number FROM vision_comment
            """;

    private final JdbcClient jdbc;

    VisionComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID collaborationId, NewComment c, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO vision_comment (id, collaboration_id, author_kind, source, resident_id, staff_id, shown_name,
                    organisation, kind, passage, text, status, created_at)
                VALUES (:id, :c, :author, :source, :resident, :staff, :name, :org, :kind, :passage, :text, 'OPEN', :at)
                """)
                .param("id", id).param("c", collaborationId).param("author", c.byResident() ? "RESIDENT" : "STAFF")
                .param("source", c.source().name()).param("resident", c.residentId()).param("staff", c.staffId())
                .param("name", c.shownName()).param("org", c.organisation()).param("kind", c.kind().name())
                .param("passage", c.passage()).param("text", c.text()).param("at", Timestamp.from(at))
                .update();
        return id;
    }

    /** Comments on the current draft (not yet counted towards a version), newest first; keyset-paged on seq. */
    List<Comment> onDraft(UUID collaborationId, Long beforeSeq, int limit) {
        return jdbc.sql(COLUMNS + """
                WHERE collaboration_id = :c AND version_number IS NULL
                  AND (CAST(:before AS bigint) IS NULL OR seq < :before)
                ORDER BY seq DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("before", beforeSeq).param("limit", limit)
                .query((rs, n) -> comment(rs)).list();
    }

    /** The contributions counted towards one version, oldest first. */
    List<Comment> ofVersion(UUID collaborationId, int number) {
        return jdbc.sql(COLUMNS + " WHERE collaboration_id = :c AND version_number = :n ORDER BY seq")
                .param("c", collaborationId).param("n", number).query((rs, n) -> comment(rs)).list();
    }

    /** The contributions of every version of a collaboration, oldest first; one query for the versions page. */
    List<Comment> counted(UUID collaborationId) {
        return jdbc.sql(COLUMNS + " WHERE collaboration_id = :c AND version_number IS NOT NULL ORDER BY seq")
                .param("c", collaborationId).query((rs, n) -> comment(rs)).list();
    }

    List<Comment> ofResident(UUID collaborationId, UUID residentId) {
        return jdbc.sql(COLUMNS + " WHERE collaboration_id = :c AND resident_id = :r ORDER BY seq")
                .param("c", collaborationId).param("r", residentId).query((rs, n) -> comment(rs)).list();
    }

    Optional<Comment> find(UUID collaborationId, UUID id) {
        return jdbc.sql(COLUMNS + " WHERE collaboration_id = :c AND id = :id")
                .param("c", collaborationId).param("id", id).query((rs, n) -> comment(rs)).optional();
    }

    int countOnDraft(UUID collaborationId) {
        return jdbc.sql("SELECT count(*) FROM vision_comment WHERE collaboration_id = :c AND version_number IS NULL")
                .param("c", collaborationId).query(Integer.class).single();
    }

    void setStatus(UUID collaborationId, UUID id, CommentStatus status, String actor) {
        jdbc.sql("UPDATE vision_comment SET status = :s, status_by = :by WHERE collaboration_id = :c AND id = :id")
                .param("s", status.name()).param("by", actor).param("c", collaborationId).param("id", id).update();
    }

    /** Counts every comment on the draft towards the version just published. */
    int countTowards(UUID collaborationId, int number) {
        return jdbc.sql("""
                UPDATE vision_comment SET version_number = :n WHERE collaboration_id = :c AND version_number IS NULL
                """)
                .param("n", number).param("c", collaborationId).update();
    }

    /** Keeps the contribution as "een inwoner" without what they wrote. */
    void erase(UUID residentId, Instant at) {
        jdbc.sql("""
                UPDATE vision_comment SET shown_name = NULL, passage = NULL, text = NULL, erased_at = :at
                WHERE resident_id = :r AND erased_at IS NULL
                """)
                .param("r", residentId).param("at", Timestamp.from(at)).update();
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        Object version = rs.getObject("version_number");
        return new Comment(rs.getObject("id", UUID.class), rs.getLong("seq"), "RESIDENT".equals(rs.getString("author_kind")),
                CommentSource.valueOf(rs.getString("source")), rs.getObject("resident_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("shown_name"), rs.getString("organisation"),
                CommentKind.valueOf(rs.getString("kind")), rs.getString("passage"), rs.getString("text"),
                CommentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                version == null ? null : ((Number) version).intValue());
    }
}
