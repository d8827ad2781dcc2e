package nl.samenspraak.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.progress.Milestone;
import nl.samenspraak.progress.MilestoneId;
import nl.samenspraak.progress.MilestoneKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes milestones; decides nothing. Lists never load the photos themselves. */
@Repository
class MilestoneRows {

    private static final String COLUMNS =
            "m.id, m.collaboration_id, m.process_id, m.kind, m.happened_on, m.title, m.text, m.photo_alt, m.seq";

    record StoredPhoto(byte[] bytes, String contentType) {}

    private final JdbcClient jdbc;

    MilestoneRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MilestoneId id, UUID collaborationId, UUID processId, MilestoneKind kind, java.time.LocalDate date,
                String title, String text, Photo photo, String photoAlt, UUID staffId, Instant now) {
        jdbc.sql("""
                INSERT INTO progress_item (id, collaboration_id, process_id, kind, happened_on, title, text, photo,
                                           photo_type, photo_alt, created_at, created_by)
                VALUES (:id, :c, :p, :kind, :on, :title, :text, :photo, :type, :alt, :now, :staff)
                """)
                .param("id", id.value()).param("c", collaborationId).param("p", processId).param("kind", kind.name())
                .param("on", date).param("title", title).param("text", text)
                .param("photo", photo == null ? null : photo.bytes())
                .param("type", photo == null ? null : photo.contentType())
                .param("alt", photo == null ? null : photoAlt)
                .param("now", Timestamp.from(now)).param("staff", staffId)
                .update();
    }

    List<Milestone> ofProcess(UUID collaborationId, UUID processId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_item m WHERE m.collaboration_id = :c AND m.process_id = :p"
                        + " ORDER BY m.happened_on DESC, m.seq DESC")
                .param("c", collaborationId).param("p", processId)
                .query(MilestoneRows::map).list();
    }

    List<Milestone> ofCollaboration(UUID collaborationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM progress_item m WHERE m.collaboration_id = :c"
                        + " ORDER BY m.happened_on DESC, m.seq DESC")
                .param("c", collaborationId)
                .query(MilestoneRows::map).list();
    }

    /** The photo of a milestone of this process, for the public page. */
    Optional<StoredPhoto> photo(UUID processId, UUID id) {
        return jdbc.sql("SELECT photo, photo_type FROM progress_item WHERE id = :id AND process_id = :p AND photo IS NOT NULL")
                .param("id", id).param("p", processId)
                .query((rs, n) -> new StoredPhoto(rs.getBytes("photo"), rs.getString("photo_type")))
                .optional();
    }

    private static Milestone map(ResultSet rs, int n) throws SQLException {
        return new Milestone(new MilestoneId(rs.getObject("id", UUID.class)), rs.getObject("collaboration_id", UUID.class),
                rs.getObject("process_id", UUID.class), MilestoneKind.valueOf(rs.getString("kind")),
                rs.getDate("happened_on").toLocalDate(), rs.getString("title"), rs.getString("text"),
                rs.getString("photo_alt"), rs.getLong("seq"));
    }
}
