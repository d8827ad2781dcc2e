package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities staff look for members for: creating one and finding them again. Activity
 * times are shown in the clock's zone, so the zone and today's date are asked here.
 */
@Service
class Activities {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Activities(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    ZoneId zone() {
        return clock.getZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    UUID create(UUID collaborationId, ActivityForm form, String actor) {
        Map<String, String> errors = form.check(today());
        if (!errors.isEmpty()) {
            Map.Entry<String, String> first = errors.entrySet().iterator().next();
            throw new InvalidPoolInputException(first.getKey(), first.getValue());
        }
        UUID id = UUID.randomUUID();
        Instant startsAt = form.dateValue().atTime(form.timeValue()).atZone(zone()).toInstant();
        jdbc.sql("""
                INSERT INTO pool_activity (id, collaboration_id, title, description, starts_at, hours, way, interest, energy,
                    created_by, created_at)
                VALUES (:id, :c, :title, :description, :starts, :hours, :way, :interest, :energy, :by, :now)
                """)
                .param("id", id).param("c", collaborationId).param("title", Text.clean(form.title()))
                .param("description", Text.clean(form.description())).param("starts", Timestamp.from(startsAt))
                .param("hours", form.hoursValue()).param("way", form.wayValue().name())
                .param("interest", form.interestValue() == null ? null : form.interestValue().name())
                .param("energy", form.energyValue() == null ? null : form.energyValue().name())
                .param("by", actor).param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "pool.activity.create", "pool_activity", id, "created");
        return id;
    }

    Optional<Activity> find(UUID collaborationId, UUID activityId) {
        return jdbc.sql("SELECT * FROM pool_activity WHERE id = :id AND collaboration_id = :c")
                .param("id", activityId).param("c", collaborationId).query(ROW).optional();
    }

    List<Activity> latest(UUID collaborationId, int limit) {
        return jdbc.sql("SELECT * FROM pool_activity WHERE collaboration_id = :c ORDER BY seq DESC LIMIT :limit")
                .param("c", collaborationId).param("limit", limit).query(ROW).list();
    }

    /** The activities behind a list of invitations, in one query. */
    Map<UUID, Activity> activities(UUID collaborationId, List<Invitation> invitations) {
        List<UUID> ids = invitations.stream().map(Invitation::activityId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT * FROM pool_activity WHERE id IN (:ids) AND collaboration_id = :c")
                .param("ids", ids).param("c", collaborationId).query(ROW).list().stream()
                .collect(Collectors.toMap(Activity::id, Function.identity()));
    }

    static final RowMapper<Activity> ROW = (rs, n) -> new Activity(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getString("title"), rs.getString("description"),
            rs.getTimestamp("starts_at").toInstant(), rs.getBigDecimal("hours"), Way.valueOf(rs.getString("way")),
            rs.getString("interest") == null ? null : Interest.valueOf(rs.getString("interest")),
            rs.getString("energy") == null ? null : Energy.valueOf(rs.getString("energy")),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("seq"));
}
