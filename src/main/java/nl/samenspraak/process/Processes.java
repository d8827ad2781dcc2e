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
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and reads processes. Reads that take a collaboration id never cross collaborations. */
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
        check(draft);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO process (id, collaboration_id, title, summary, themes, target_groups, area,
                    participation_level, promise_open, promise_fixed, promise_decides, promise_when,
                    answer_within_days, first_involved_phase, created_at)
                VALUES (:id, :c, :title, :summary, :themes, :groups, :area, :level, :open, :fixed, :decides, :when,
                    :days, :first, :now)
                """)
                .params(params(id, collaborationId, draft))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        savePhases(id, collaborationId, draft.phases());
        audit.record(collaborationId, actor, "process.create", "process", id, "created");
        return id;
    }

    /** Changes a process of this collaboration; false when it is not there. */
    @Transactional
    public boolean update(UUID collaborationId, UUID processId, ProcessDraft draft, String actor) {
        check(draft);
        int rows = jdbc.sql("""
                UPDATE process SET title = :title, summary = :summary, themes = :themes, target_groups = :groups,
                    area = :area, participation_level = :level, promise_open = :open, promise_fixed = :fixed,
                    promise_decides = :decides, promise_when = :when, answer_within_days = :days,
                    first_involved_phase = :first
                WHERE id = :id AND collaboration_id = :c
                """)
                .params(params(processId, collaborationId, draft))
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM phase WHERE process_id = :p AND collaboration_id = :c")
                .param("p", processId).param("c", collaborationId).update();
        savePhases(processId, collaborationId, draft.phases());
        audit.record(collaborationId, actor, "process.update", "process", processId, "updated");
        return true;
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

    private void check(ProcessDraft draft) {
        if (Text.clean(draft.title()).isEmpty()) {
            throw new InvalidProcessException("title", "process.error.title");
        }
        if (Text.clean(draft.title()).length() > 200) {
            throw new InvalidProcessException("title", "process.error.titleTooLong");
        }
        if (Text.clean(draft.summary()).isEmpty()) {
            throw new InvalidProcessException("summary", "process.error.summary");
        }
        if (Text.clean(draft.summary()).length() > 5000) {
            throw new InvalidProcessException("summary", "process.error.summaryTooLong");
        }
        if (draft.level() == null) {
            throw new InvalidProcessException("participationLevel", "process.error.level");
        }
        if (draft.answerWithinDays() < 1 || draft.answerWithinDays() > 365) {
            throw new InvalidProcessException("answerWithinDays", "process.error.answerWithinDays");
        }
        if (tooLong(draft.area(), 200) || tooLong(draft.firstInvolvedPhase(), 200)
                || tooLong(draft.promise().open(), 2000) || tooLong(draft.promise().fixed(), 2000)
                || tooLong(draft.promise().decides(), 2000) || tooLong(draft.promise().when(), 2000)) {
            throw new InvalidProcessException("promise", "process.error.fieldTooLong");
        }
        if (draft.themes().size() > 20 || draft.targetGroups().size() > 20
                || draft.themes().stream().anyMatch(t -> tooLong(t, 100))
                || draft.targetGroups().stream().anyMatch(t -> tooLong(t, 100))) {
            throw new InvalidProcessException("themes", "process.error.tags");
        }
        if (draft.phases().size() > 20) {
            throw new InvalidProcessException("phases", "process.error.tooManyPhases");
        }
        for (Phase phase : draft.phases()) {
            if (tooLong(phase.name(), 200)) {
                throw new InvalidProcessException("phases", "process.error.fieldTooLong");
            }
            if (phase.name() == null || phase.name().isBlank() || phase.startsOn() == null || phase.endsOn() == null) {
                throw new InvalidProcessException("phases", "process.error.phaseIncomplete");
            }
            if (phase.endsOn().isBefore(phase.startsOn())) {
                throw new InvalidProcessException("phases", "process.error.phaseDates");
            }
        }
    }

    private static boolean tooLong(String value, int max) {
        return Text.clean(value).length() > max;
    }

    private void savePhases(UUID processId, UUID collaborationId, List<Phase> phases) {
        int position = 0;
        for (Phase phase : phases) {
            jdbc.sql("""
                    INSERT INTO phase (id, process_id, collaboration_id, position, name, starts_on, ends_on)
                    VALUES (:id, :p, :c, :pos, :name, :start, :end)
                    """)
                    .param("id", UUID.randomUUID()).param("p", processId).param("c", collaborationId)
                    .param("pos", position++).param("name", Text.clean(phase.name()))
                    .param("start", phase.startsOn()).param("end", phase.endsOn())
                    .update();
        }
    }

    private static Map<String, Object> params(UUID id, UUID collaborationId, ProcessDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("c", collaborationId);
        p.put("title", Text.clean(d.title()));
        p.put("summary", Text.clean(d.summary()));
        p.put("themes", d.themes().stream().map(Text::clean).filter(t -> !t.isEmpty()).toArray(String[]::new));
        p.put("groups", d.targetGroups().stream().map(Text::clean).filter(t -> !t.isEmpty()).toArray(String[]::new));
        p.put("area", Text.clean(d.area()));
        p.put("level", d.level().name());
        p.put("open", nullToEmpty(d.promise().open()));
        p.put("fixed", nullToEmpty(d.promise().fixed()));
        p.put("decides", nullToEmpty(d.promise().decides()));
        p.put("when", nullToEmpty(d.promise().when()));
        p.put("days", d.answerWithinDays());
        p.put("first", Text.clean(d.firstInvolvedPhase()));
        return p;
    }

    private static String nullToEmpty(String s) {
        return Text.clean(s);
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
