package nl.samenspraak.resident.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voluntary answers about who someone is (age group, gender, ...), stored apart from contact
 * details and only with explicit consent. Nobody but the resident sees them per person; staff
 * see only counts of 10 or more ({@link Representation}).
 */
@Service
class Demographics {

    /** The consent text's version: a changed explanation gets a new version, so we know what was agreed to. */
    static final String CONSENT_VERSION = "2025-06";

    /** @param answers a group per question; a question without an answer is left out */
    record Answers(Map<Dimension, String> answers, Instant consentAt, String consentVersion) {
        String get(Dimension d) {
            return answers.get(d);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Demographics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Answers> find(UUID collaborationId, UUID residentId) {
        return jdbc.sql("SELECT * FROM resident_demographics WHERE resident_id = :r AND collaboration_id = :c")
                .param("r", residentId).param("c", collaborationId)
                .query((rs, n) -> {
                    Map<Dimension, String> answers = new EnumMap<>(Dimension.class);
                    for (Dimension d : Dimension.values()) {
                        String value = rs.getString(d.column);
                        if (value != null) {
                            answers.put(d, value);
                        }
                    }
                    return new Answers(answers, rs.getTimestamp("consent_at").toInstant(), rs.getString("consent_version"));
                })
                .optional();
    }

    /**
     * Stores the answers, replacing earlier ones. Without consent nothing is stored; no answers
     * at all removes what was stored, because there is nothing left to keep.
     *
     * @throws InvalidResidentException when consent is missing or an answer is not one of the groups
     */
    @Transactional
    void save(UUID collaborationId, UUID residentId, Map<Dimension, String> given, boolean consent) {
        Map<Dimension, String> answers = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            String value = given.get(d);
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            if (!d.accepts(value)) {
                throw new InvalidResidentException(field(d),
                        d.open() ? "resident.demographics.error.postcode" : "resident.demographics.error.choice");
            }
            answers.put(d, value);
        }
        if (answers.isEmpty()) {
            remove(collaborationId, residentId);
            return;
        }
        if (!consent) {
            throw new InvalidResidentException("consent", "resident.demographics.error.consent");
        }
        Timestamp now = Timestamp.from(clock.instant());
        var sql = jdbc.sql("""
                INSERT INTO resident_demographics (resident_id, collaboration_id, age_group, gender, postcode_area,
                    disability, migration_background, education, income_group, consent_at, consent_version, updated_at)
                SELECT r.id, r.collaboration_id, :AGE, :GENDER, :POSTCODE, :DISABILITY, :MIGRATION, :EDUCATION, :INCOME,
                    :now, :version, :now
                FROM resident r WHERE r.id = :r AND r.collaboration_id = :c AND r.erased_at IS NULL
                ON CONFLICT (resident_id) DO UPDATE SET age_group = EXCLUDED.age_group, gender = EXCLUDED.gender,
                    postcode_area = EXCLUDED.postcode_area, disability = EXCLUDED.disability,
                    migration_background = EXCLUDED.migration_background, education = EXCLUDED.education,
                    income_group = EXCLUDED.income_group, consent_at = EXCLUDED.consent_at,
                    consent_version = EXCLUDED.consent_version, updated_at = EXCLUDED.updated_at
                """)
                .param("r", residentId).param("c", collaborationId).param("now", now).param("version", CONSENT_VERSION);
        for (Dimension d : Dimension.values()) {
            sql = sql.param(d.name(), answers.get(d));
        }
        sql.update();
    }

    /** Consent withdrawn: the answers go at once. */
    @Transactional
    boolean remove(UUID collaborationId, UUID residentId) {
        return jdbc.sql("DELETE FROM resident_demographics WHERE resident_id = :r AND collaboration_id = :c")
                .param("r", residentId).param("c", collaborationId).update() > 0;
    }

    /** The form field of a question. */
    static String field(Dimension d) {
        return switch (d) {
            case AGE -> "ageGroup";
            case GENDER -> "gender";
            case POSTCODE -> "postcodeArea";
            case DISABILITY -> "disability";
            case MIGRATION -> "migrationBackground";
            case EDUCATION -> "education";
            case INCOME -> "incomeGroup";
        };
    }
}
