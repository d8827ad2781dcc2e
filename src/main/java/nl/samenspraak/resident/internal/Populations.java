package nl.samenspraak.resident.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.InvalidResidentException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many people live in an area per group (CBS figures), to compare participants with. */
@Service
class Populations {

    record Area(UUID id, String name, Instant updatedAt) {}

    /** Counts per question and group; a group without a count is left out. */
    record Counts(Map<Dimension, Map<String, Long>> byDimension) {
        Map<String, Long> of(Dimension d) {
            return byDimension.getOrDefault(d, Map.of());
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Populations(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    List<Area> areas(UUID collaborationId) {
        return jdbc.sql("SELECT id, name, updated_at FROM population_area WHERE collaboration_id = :c ORDER BY name")
                .param("c", collaborationId)
                .query((rs, n) -> new Area(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    Optional<Area> area(UUID collaborationId, UUID areaId) {
        return areas(collaborationId).stream().filter(a -> a.id().equals(areaId)).findFirst();
    }

    Counts counts(UUID collaborationId, UUID areaId) {
        Map<Dimension, Map<String, Long>> result = new EnumMap<>(Dimension.class);
        jdbc.sql("SELECT dimension, group_code, people FROM population_count WHERE area_id = :a AND collaboration_id = :c"
                        + " ORDER BY dimension, group_code")
                .param("a", areaId).param("c", collaborationId)
                .query(rs -> {
                    result.computeIfAbsent(Dimension.valueOf(rs.getString(1)), d -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return new Counts(result);
    }

    /** @throws InvalidResidentException when the name is empty, too long or already used */
    @Transactional
    UUID createArea(UUID collaborationId, String name, UUID staffId, String actor) {
        String clean = Text.cleanOrNull(name);
        if (clean == null) {
            throw new InvalidResidentException("name", "resident.population.error.nameRequired");
        }
        if (clean.length() > 100) {
            throw new InvalidResidentException("name", "resident.population.error.nameTooLong");
        }
        if (areas(collaborationId).stream().anyMatch(a -> a.name().equalsIgnoreCase(clean))) {
            throw new InvalidResidentException("name", "resident.population.error.nameTaken");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO population_area (id, collaboration_id, name, updated_at, updated_by) VALUES (:id, :c, :n, :now, :by)")
                .param("id", id).param("c", collaborationId).param("n", clean)
                .param("now", Timestamp.from(clock.instant())).param("by", staffId).update();
        audit.record(collaborationId, actor, "population.create", "population_area", id, "ok");
        return id;
    }

    /**
     * Replaces the counts of the given questions (all others stay), in one go. The caller has
     * checked every number; {@code dimensions} says which questions the new counts cover.
     */
    @Transactional
    void replace(UUID collaborationId, UUID areaId, List<Dimension> dimensions, Map<Dimension, Map<String, Long>> counts,
                 UUID staffId, String actor, String how) {
        int updated = jdbc.sql("UPDATE population_area SET updated_at = :now, updated_by = :by WHERE id = :a AND collaboration_id = :c")
                .param("now", Timestamp.from(clock.instant())).param("by", staffId).param("a", areaId)
                .param("c", collaborationId).update();
        if (updated == 0) {
            throw new nl.samenspraak.platform.NotFoundException();
        }
        jdbc.sql("DELETE FROM population_count WHERE area_id = :a AND collaboration_id = :c AND dimension IN (:d)")
                .param("a", areaId).param("c", collaborationId).param("d", dimensions.stream().map(Enum::name).toList())
                .update();
        counts.forEach((d, groups) -> groups.forEach((group, people) -> jdbc.sql("""
                        INSERT INTO population_count (area_id, collaboration_id, dimension, group_code, people)
                        VALUES (:a, :c, :d, :g, :p)
                        """)
                .param("a", areaId).param("c", collaborationId).param("d", d.name()).param("g", group).param("p", people)
                .update()));
        audit.record(collaborationId, actor, "population." + how, "population_area", areaId, "ok");
    }
}
