package nl.samenspraak.language;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading level of every text a collaboration published, one per field of an object, so its dashboard can say
 * how many are at B1. A text above B1 is published only after a confirmation, which is kept and audited.
 */
@Component
public class PublishedTexts {

    /** The audit action of a confirmed text above B1. */
    public static final String CONFIRMED_ACTION = "language.above-b1-confirmed";

    /**
     * What a collaboration published: {@code total} texts, {@code atB1} of them at B1, {@code aboveB1Confirmed}
     * above B1 and published after a confirmation.
     */
    public record Summary(long total, long atB1, long aboveB1Confirmed) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    PublishedTexts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Records (or replaces) the level of one published field. {@code confirmedBy} names the staff member who
     * confirmed a text above B1; it is ignored for a text at B1, and an audit entry is written when it counts.
     */
    @Transactional
    public void record(UUID collaborationId, String subjectKind, UUID subjectId, String field, TextCheck check,
                       String confirmedBy) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        String confirmer = check.atB1() ? null : confirmedBy;
        jdbc.sql("""
                INSERT INTO language_published_text (collaboration_id, subject_kind, subject_id, field, level, words,
                                                     checked_at, confirmed_by, confirmed_at)
                VALUES (:c, :kind, :subject, :field, :level, :words, :now, :by, :confirmedAt)
                ON CONFLICT (subject_kind, subject_id, field) DO UPDATE SET
                    level = EXCLUDED.level, words = EXCLUDED.words, checked_at = EXCLUDED.checked_at,
                    confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at
                WHERE language_published_text.collaboration_id = EXCLUDED.collaboration_id
                """)
                .param("c", collaborationId).param("kind", subjectKind).param("subject", subjectId)
                .param("field", field).param("level", check.level().name()).param("words", check.words())
                .param("now", now).param("by", confirmer).param("confirmedAt", confirmer == null ? null : now)
                .update();
        if (confirmer != null) {
            audit.record(collaborationId, confirmer, CONFIRMED_ACTION, subjectKind, subjectId,
                    field + ": " + check.level().name());
        }
    }

    /**
     * Records every field of a saved form: the checked fields with their level, and forgets the fields of
     * {@code fields} that are blank now (a text that is no longer published). The confirmation, when the review
     * had one, is credited to {@code actor}.
     */
    @Transactional
    public void record(UUID collaborationId, String subjectKind, UUID subjectId, Iterable<String> fields,
                       Review review, String actor) {
        for (String field : fields) {
            CheckedText checked = review.of(field);
            if (checked == null) {
                forget(collaborationId, subjectKind, subjectId, field);
            } else {
                record(collaborationId, subjectKind, subjectId, field, checked.check(), review.confirmed() ? actor : null);
            }
        }
    }

    /** Forgets one field of an object, when its text is removed or no longer published. */
    public void forget(UUID collaborationId, String subjectKind, UUID subjectId, String field) {
        jdbc.sql("""
                DELETE FROM language_published_text
                WHERE collaboration_id = :c AND subject_kind = :kind AND subject_id = :subject AND field = :field
                """)
                .param("c", collaborationId).param("kind", subjectKind).param("subject", subjectId).param("field", field)
                .update();
    }

    /** Forgets every field of an object, when the object itself is removed. */
    public void forget(UUID collaborationId, String subjectKind, UUID subjectId) {
        jdbc.sql("DELETE FROM language_published_text WHERE collaboration_id = :c AND subject_kind = :kind AND subject_id = :subject")
                .param("c", collaborationId).param("kind", subjectKind).param("subject", subjectId).update();
    }

    /** How many of the collaboration's published texts are at B1, in one query. */
    public Summary summary(UUID collaborationId) {
        return jdbc.sql("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE level = 'B1') AS at_b1,
                       count(*) FILTER (WHERE level <> 'B1' AND confirmed_by IS NOT NULL) AS confirmed
                FROM language_published_text WHERE collaboration_id = :c
                """)
                .param("c", collaborationId)
                .query((rs, n) -> new Summary(rs.getLong("total"), rs.getLong("at_b1"), rs.getLong("confirmed")))
                .single();
    }
}
