package nl.samenspraak.process;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and reads processes: loads, lets {@link Process} check its rules, saves. Reads that take a
 * collaboration id never cross collaborations.
 */
@Service
public class Processes {

    /** A rule of a process was broken; {@code field} and {@code messageKey} say where and what. */
    public static class InvalidProcessException extends nl.samenspraak.platform.InvalidFieldException {
        public InvalidProcessException(String field, String messageKey) {
            super(field, messageKey);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Processes(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public UUID create(UUID collaborationId, ProcessDraft draft, String actor) {
        Process process = Process.create(new ProcessId(UUID.randomUUID()), collaborationId, draft);
        jdbc.sql("""
                INSERT INTO process (id, collaboration_id, title, summary, themes, target_groups, area,
                    participation_level, promise_open, promise_fixed, promise_decides, promise_when,
                    answer_within_days, first_involved_phase, created_at)
                VALUES (:id, :c, :title, :summary, :themes, :groups, :area, :level, :open, :fixed, :decides, :when,
                    :days, :first, :now)
                """)
                .params(params(process))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        savePhases(process);
        audit.record(collaborationId, actor, "process.create", "process", process.id(), "created");
        return process.id();
    }

    /** Changes a process of this collaboration; false when it is not there. */
    @Transactional
    public boolean update(UUID collaborationId, UUID processId, ProcessDraft draft, String actor) {
        // The draft's rules first, as before: a broken rule is reported whether or not the process exists.
        Process.check(draft);
        Optional<Process> current = find(collaborationId, processId);
        if (current.isEmpty()) {
            return false;
        }
        Process revised = current.get().revise(draft);
        jdbc.sql("""
                UPDATE process SET title = :title, summary = :summary, themes = :themes, target_groups = :groups,
                    area = :area, participation_level = :level, promise_open = :open, promise_fixed = :fixed,
                    promise_decides = :decides, promise_when = :when, answer_within_days = :days,
                    first_involved_phase = :first
                WHERE id = :id AND collaboration_id = :c
                """)
                .params(params(revised))
                .update();
        jdbc.sql("DELETE FROM phase WHERE process_id = :p AND collaboration_id = :c")
                .param("p", processId).param("c", collaborationId).update();
        savePhases(revised);
        audit.record(collaborationId, actor, "process.update", "process", processId, "updated");
        return true;
    }

    /** A process of this collaboration only. */
    public Optional<Process> find(UUID collaborationId, ProcessId processId) {
        return find(collaborationId, processId.value());
    }

    /** A process of this collaboration only. */
    public Optional<Process> find(UUID collaborationId, UUID processId) {
        return load("WHERE p.id = :id AND p.collaboration_id = :c", Map.of("id", processId, "c", collaborationId))
                .stream().findFirst();
    }

    /** Any process, for public pages. */
    public Optional<Process> findPublic(UUID processId) {
        return load("WHERE p.id = :id", Map.of("id", processId)).stream().findFirst();
    }

    public List<Process> ofCollaboration(UUID collaborationId) {
        return load("WHERE p.collaboration_id = :c", Map.of("c", collaborationId));
    }

    /** The newest processes across the platform, for the home page. */
    public List<Process> newest(int limit) {
        return load("WHERE p.id IN (SELECT id FROM process ORDER BY created_at DESC LIMIT " + Math.max(1, limit) + ")", Map.of());
    }

    /**
     * The newest processes that match every filter given, for the home page and the open data index: of these
     * collaborations (all when null), with this theme (any when blank; case does not matter), and with a phase
     * running on {@code openOn} (any when null). At most {@code limit}; two queries.
     */
    public List<Process> search(java.util.Collection<UUID> collaborationIds, String theme, java.time.LocalDate openOn,
                                int limit) {
        if (collaborationIds != null && collaborationIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filter = new StringBuilder("SELECT q.id FROM process q WHERE TRUE");
        if (collaborationIds != null) {
            filter.append(" AND q.collaboration_id IN (:cs)");
            params.put("cs", List.copyOf(collaborationIds));
        }
        if (theme != null && !theme.isBlank()) {
            filter.append(" AND EXISTS (SELECT 1 FROM unnest(q.themes) t WHERE lower(t) = lower(:theme))");
            params.put("theme", theme.strip());
        }
        if (openOn != null) {
            filter.append(" AND EXISTS (SELECT 1 FROM phase o WHERE o.process_id = q.id AND o.starts_on <= :day"
                    + " AND o.ends_on >= :day)");
            params.put("day", openOn);
        }
        filter.append(" ORDER BY q.created_at DESC, q.id LIMIT ").append(Math.max(1, limit));
        return load("WHERE p.id IN (" + filter + ")", params);
    }

    /** Every theme that some process names, each once whatever its case, alphabetically: one query. */
    public List<String> themes() {
        return jdbc.sql("""
                        SELECT min(t) AS theme FROM process p, unnest(p.themes) t
                        WHERE t <> '' GROUP BY lower(t) ORDER BY lower(min(t))
                        """)
                .query(String.class).list();
    }

    /** Loads processes and their phases in two queries, newest process first. */
    private List<Process> load(String where, Map<String, Object> params) {
        Map<UUID, List<Phase>> phases = new LinkedHashMap<>();
        jdbc.sql("SELECT ph.process_id, ph.name, ph.starts_on, ph.ends_on FROM phase ph JOIN process p ON p.id = ph.process_id "
                        + where + " ORDER BY ph.process_id, ph.position")
                .params(params)
                .query(rs -> {
                    phases.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Phase(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
                });
        return jdbc.sql("SELECT p.* FROM process p " + where + " ORDER BY p.created_at DESC, p.id")
                .params(params)
                .query((rs, n) -> map(rs, phases.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    private void savePhases(Process process) {
        int position = 0;
        for (Phase phase : process.phases()) {
            jdbc.sql("""
                    INSERT INTO phase (id, process_id, collaboration_id, position, name, starts_on, ends_on)
                    VALUES (:id, :p, :c, :pos, :name, :start, :end)
                    """)
                    .param("id", UUID.randomUUID()).param("p", process.id()).param("c", process.collaborationId())
                    .param("pos", position++).param("name", phase.name())
                    .param("start", phase.startsOn()).param("end", phase.endsOn())
                    .update();
        }
    }

    private static Map<String, Object> params(Process process) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", process.id());
        p.put("c", process.collaborationId());
        p.put("title", process.title());
        p.put("summary", process.summary());
        p.put("themes", process.themes().toArray(String[]::new));
        p.put("groups", process.targetGroups().toArray(String[]::new));
        p.put("area", process.area());
        p.put("level", process.level().name());
        p.put("open", process.promise().open());
        p.put("fixed", process.promise().fixed());
        p.put("decides", process.promise().decides());
        p.put("when", process.promise().when());
        p.put("days", process.answerWithinDays());
        p.put("first", process.firstInvolvedPhase());
        return p;
    }

    private static Process map(ResultSet rs, List<Phase> phases) throws SQLException {
        return new Process(rs.getObject("id", UUID.class), rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"), rs.getString("summary"), strings(rs.getArray("themes")),
                strings(rs.getArray("target_groups")), rs.getString("area"),
                ParticipationLevel.valueOf(rs.getString("participation_level")),
                new InfluencePromise(rs.getString("promise_open"), rs.getString("promise_fixed"),
                        rs.getString("promise_decides"), rs.getString("promise_when")),
                rs.getInt("answer_within_days"), rs.getString("first_involved_phase"), phases);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
