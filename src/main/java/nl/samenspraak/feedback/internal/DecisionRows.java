package nl.samenspraak.feedback.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionSummary;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.PublicDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes decisions, their linked inputs and their updates; decides nothing. */
@Repository
class DecisionRows {

    private static final String COLUMNS = """
            d.id, d.collaboration_id, d.process_id, d.title, d.text, d.decided_by, d.decided_on, d.reasons,
            d.state, d.changes""";

    private final JdbcClient jdbc;

    DecisionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Decision d, List<UUID> inputIds, UUID staffId, Instant now) {
        jdbc.sql("""
                INSERT INTO decision (id, collaboration_id, process_id, title, text, decided_by, decided_on, reasons,
                                      state, changes, created_at, created_by)
                VALUES (:id, :c, :p, :title, :text, :by, :on, :reasons, :state, :changes, :now, :staff)
                """)
                .param("id", d.id().value()).param("c", d.collaborationId()).param("p", d.processId())
                .param("title", d.title()).param("text", d.text()).param("by", d.decidedBy())
                .param("on", Date.valueOf(d.decidedOn())).param("reasons", d.reasons())
                .param("state", d.state().name()).param("changes", d.changes())
                .param("now", Timestamp.from(now)).param("staff", staffId)
                .update();
        if (!inputIds.isEmpty()) {
            // One statement for all links: a decision may answer thousands of inputs.
            jdbc.sql("""
                    INSERT INTO decision_input (decision_id, input_id, collaboration_id)
                    SELECT :d, i, :c FROM unnest(CAST(:ids AS uuid[])) AS i ON CONFLICT DO NOTHING
                    """)
                    .param("d", d.id().value()).param("c", d.collaborationId())
                    .param("ids", inputIds.toArray(UUID[]::new))
                    .update();
        }
    }

    /** Locks the row: two staff members updating at once must not both become update number n. */
    Optional<Decision> lock(UUID collaborationId, DecisionId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM decision d WHERE d.collaboration_id = :c AND d.id = :id FOR UPDATE")
                .param("c", collaborationId).param("id", id.value())
                .query(DecisionRows::decision).optional();
    }

    void saveUpdate(Decision d, DecisionUpdate u, UUID staffId, Instant now) {
        jdbc.sql("""
                INSERT INTO decision_update (decision_id, number, collaboration_id, state, text, date, created_at, created_by)
                VALUES (:d, :n, :c, :state, :text, :date, :now, :staff)
                """)
                .param("d", d.id().value()).param("n", u.number()).param("c", d.collaborationId())
                .param("state", u.state().name()).param("text", u.text()).param("date", Date.valueOf(u.date()))
                .param("now", Timestamp.from(now)).param("staff", staffId)
                .update();
        jdbc.sql("UPDATE decision SET state = :state, changes = :changes WHERE id = :id")
                .param("state", d.state().name()).param("changes", d.changes()).param("id", d.id().value())
                .update();
    }

    List<PublicDecision> ofProcess(UUID collaborationId, UUID processId) {
        return withUpdates(jdbc.sql("SELECT " + COLUMNS + ", " + INPUT_COUNT + """
                 FROM decision d WHERE d.collaboration_id = :c AND d.process_id = :p
                 ORDER BY d.decided_on DESC, d.seq DESC
                """)
                .param("c", collaborationId).param("p", processId)
                .query(DecisionRows::counted).list());
    }

    List<PublicDecision> ofCollaboration(UUID collaborationId) {
        return withUpdates(jdbc.sql("SELECT " + COLUMNS + ", " + INPUT_COUNT + """
                 FROM decision d WHERE d.collaboration_id = :c
                 ORDER BY d.decided_on DESC, d.seq DESC
                """)
                .param("c", collaborationId)
                .query(DecisionRows::counted).list());
    }

    Optional<PublicDecision> find(UUID collaborationId, DecisionId id) {
        return withUpdates(jdbc.sql("SELECT " + COLUMNS + ", " + INPUT_COUNT
                        + " FROM decision d WHERE d.collaboration_id = :c AND d.id = :id")
                .param("c", collaborationId).param("id", id.value())
                .query(DecisionRows::counted).list()).stream().findFirst();
    }

    Optional<PublicDecision> findPublic(DecisionId id) {
        return withUpdates(jdbc.sql("SELECT " + COLUMNS + ", " + INPUT_COUNT + " FROM decision d WHERE d.id = :id")
                .param("id", id.value())
                .query(DecisionRows::counted).list()).stream().findFirst();
    }

    Map<UUID, List<DecisionSummary>> ofInputs(UUID collaborationId, Collection<UUID> inputIds) {
        Map<UUID, List<DecisionSummary>> result = new HashMap<>();
        if (inputIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT di.input_id, d.id, d.title, d.state FROM decision_input di JOIN decision d ON d.id = di.decision_id
                WHERE di.collaboration_id = :c AND di.input_id = ANY(CAST(:ids AS uuid[]))
                ORDER BY d.decided_on DESC, d.seq DESC
                """)
                .param("c", collaborationId).param("ids", inputIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("input_id", UUID.class),
                        new DecisionSummary(new DecisionId(rs.getObject("id", UUID.class)), rs.getString("title"),
                                DecisionState.valueOf(rs.getString("state")))))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }

    List<UUID> linkedInputs(UUID collaborationId, DecisionId id) {
        return jdbc.sql("SELECT input_id FROM decision_input WHERE collaboration_id = :c AND decision_id = :d ORDER BY input_id")
                .param("c", collaborationId).param("d", id.value())
                .query(UUID.class).list();
    }

    private static final String INPUT_COUNT =
            "(SELECT count(*) FROM decision_input di WHERE di.decision_id = d.id) AS input_count";

    private record Counted(Decision decision, int inputCount) {}

    /** Adds every decision's updates with one query, whatever the number of decisions. */
    private List<PublicDecision> withUpdates(List<Counted> decisions) {
        if (decisions.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DecisionUpdate>> updates = new HashMap<>();
        jdbc.sql("""
                SELECT decision_id, number, state, text, date FROM decision_update
                WHERE decision_id = ANY(CAST(:ids AS uuid[])) ORDER BY decision_id, number
                """)
                .param("ids", decisions.stream().map(c -> c.decision().id().value()).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("decision_id", UUID.class),
                        new DecisionUpdate(rs.getInt("number"), DecisionState.valueOf(rs.getString("state")),
                                rs.getString("text"), rs.getDate("date").toLocalDate())))
                .list()
                .forEach(e -> updates.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return decisions.stream().map(c -> {
            Decision d = c.decision();
            return new PublicDecision(d.id(), d.collaborationId(), d.processId(), d.title(), d.text(), d.decidedBy(),
                    d.decidedOn(), d.reasons(), d.state(), c.inputCount(), updates.getOrDefault(d.id().value(), List.of()));
        }).toList();
    }

    private static Counted counted(ResultSet rs, int n) throws SQLException {
        return new Counted(decision(rs, n), rs.getInt("input_count"));
    }

    private static Decision decision(ResultSet rs, int n) throws SQLException {
        return new Decision(new DecisionId(rs.getObject("id", UUID.class)), rs.getObject("collaboration_id", UUID.class),
                rs.getObject("process_id", UUID.class), rs.getString("title"), rs.getString("text"),
                rs.getString("decided_by"), rs.getDate("decided_on").toLocalDate(), rs.getString("reasons"),
                DecisionState.valueOf(rs.getString("state")), rs.getInt("changes"));
    }
}
