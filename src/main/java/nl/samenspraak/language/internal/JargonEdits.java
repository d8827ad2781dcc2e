package nl.samenspraak.language.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Administrators' edits of the jargon list, stored on top of the shipped file. */
@Repository
class JargonEdits {

    /** One edit: {@code alternative} is null when the phrase was removed. */
    record JargonEdit(String phrase, String alternative, String changedBy, Instant changedAt) {
        boolean removed() {
            return alternative == null;
        }
    }

    private final JdbcClient jdbc;

    JargonEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every edit; the list is small (hundreds of rows at most), so the whole overlay is read at once. */
    List<JargonEdit> all() {
        return jdbc.sql("SELECT phrase, alternative, changed_by, changed_at FROM language_jargon_edit ORDER BY phrase")
                .query((rs, n) -> new JargonEdit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    Optional<JargonEdit> find(String phrase) {
        return jdbc.sql("SELECT phrase, alternative, changed_by, changed_at FROM language_jargon_edit WHERE phrase = :p")
                .param("p", phrase)
                .query((rs, n) -> new JargonEdit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void save(JargonEdit edit) {
        jdbc.sql("""
                INSERT INTO language_jargon_edit (phrase, alternative, changed_by, changed_at)
                VALUES (:phrase, :alternative, :by, :at)
                ON CONFLICT (phrase) DO UPDATE SET alternative = EXCLUDED.alternative,
                    changed_by = EXCLUDED.changed_by, changed_at = EXCLUDED.changed_at
                """)
                .param("phrase", edit.phrase()).param("alternative", edit.alternative())
                .param("by", edit.changedBy()).param("at", Timestamp.from(edit.changedAt()))
                .update();
    }

    boolean delete(String phrase) {
        return jdbc.sql("DELETE FROM language_jargon_edit WHERE phrase = :p").param("p", phrase).update() > 0;
    }
}
