package nl.samenspraak.input;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.input.Moderation.Hiding;
import nl.samenspraak.input.internal.Inputs;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation of published input: staff hide an input or a part of it and show it again, and
 * anyone may report an input. The rules are {@link Moderation}'s; this loads, applies, saves,
 * audits and publishes {@link InputHidden} so the author is told. Hiding changes nothing in
 * the answer flow: a hidden input still needs its answer.
 */
@Service
public class InputModeration {

    /** The longest text a resident may add to a report. */
    public static final int REPORT_TEXT = 1_000;

    /** An open report in the staff's queue, with the input it is about. */
    public record Report(long id, UUID inputId, UUID processId, String inputText, ModerationReason reason, String text,
                         Instant reportedAt) {}

    private final JdbcClient jdbc;
    private final Inputs inputs;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InputModeration(JdbcClient jdbc, Inputs inputs, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** What of this input is hidden; 404 for an input of another collaboration. */
    public Moderation of(UUID collaborationId, UUID inputId) {
        Input input = inputs.find(collaborationId, inputId).orElseThrow(NotFoundException::new);
        return new Moderation(input.id(), input.text(), input.publish(), active(List.of(input.id())).getOrDefault(input.id(), List.of()));
    }

    /** The hidings in force of several inputs (for a public page), in one query, keyed by input. */
    public Map<UUID, List<Hiding>> active(Collection<UUID> inputIds) {
        Map<UUID, List<Hiding>> result = new HashMap<>();
        if (inputIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT input_id, id, part, reason, note, hidden_at FROM input_hiding
                WHERE input_id IN (:ids) AND unhidden_at IS NULL ORDER BY id
                """)
                .param("ids", List.copyOf(inputIds))
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject("input_id", UUID.class), id -> new ArrayList<>()).add(hiding(rs));
                });
        return result;
    }

    /**
     * Hides {@code part} of the input (blank: the whole input) for {@code reason}; its open
     * reports are then handled. Returns the moderation as it is now.
     */
    @Transactional
    public Moderation hide(UUID collaborationId, UUID inputId, String part, String reason, String note, String actor) {
        lock(collaborationId, inputId);
        Moderation current = of(collaborationId, inputId);
        Moderation.NewHiding hiding = current.hide(part, ModerationReason.parse(reason).orElse(null), note);
        long number = jdbc.sql("""
                INSERT INTO input_hiding (input_id, collaboration_id, part, reason, note, hidden_by, hidden_at)
                VALUES (:input, :c, :part, :reason, :note, :actor, :now) RETURNING id
                """)
                .param("input", inputId).param("c", collaborationId).param("part", hiding.part())
                .param("reason", hiding.reason().name()).param("note", hiding.note()).param("actor", actor)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        int handled = closeReports(collaborationId, inputId, "HANDLED", actor);
        audit.record(collaborationId, actor, hiding.whole() ? "input.hide" : "input.hide-part", "input", inputId,
                hiding.reason().name() + " #" + number + (handled > 0 ? ", " + handled + " report(s) handled" : ""));
        events.publishEvent(new InputHidden(inputId, collaborationId, number, hiding.reason(), hiding.note(),
                hiding.whole()));
        return of(collaborationId, inputId);
    }

    /** Shows the hidden part (or whole) with this number again; every hiding in force when {@code number} is null. */
    @Transactional
    public Moderation unhide(UUID collaborationId, UUID inputId, Long number, String actor) {
        lock(collaborationId, inputId);
        Moderation current = of(collaborationId, inputId);
        List<Hiding> shown = number == null ? current.active() : List.of(current.unhide(number));
        for (Hiding hiding : shown) {
            jdbc.sql("""
                    UPDATE input_hiding SET unhidden_by = :actor, unhidden_at = :now
                    WHERE id = :id AND input_id = :input AND collaboration_id = :c AND unhidden_at IS NULL
                    """)
                    .param("actor", actor).param("now", Timestamp.from(clock.instant())).param("id", hiding.number())
                    .param("input", inputId).param("c", collaborationId).update();
            audit.record(collaborationId, actor, "input.unhide", "input", inputId, "#" + hiding.number());
        }
        return of(collaborationId, inputId);
    }

    /**
     * A report by anyone about a published input of this (public) process that is not wholly
     * hidden; 404 for anything else.
     */
    @Transactional
    public long report(UUID processId, UUID inputId, String reason, String text) {
        Input input = reportable(processId, inputId).orElseThrow(NotFoundException::new);
        ModerationReason why = ModerationReason.parse(reason)
                .orElseThrow(() -> new InvalidInputException("reason", "input.report.error.reason"));
        String clean = Text.cleanOrNull(text);
        if (clean != null && clean.length() > REPORT_TEXT) {
            throw new InvalidInputException("text", "input.report.error.textTooLong");
        }
        return jdbc.sql("""
                INSERT INTO input_report (input_id, collaboration_id, reason, text, reported_at)
                VALUES (:input, :c, :reason, :text, :now) RETURNING id
                """)
                .param("input", input.id()).param("c", input.collaborationId()).param("reason", why.name())
                .param("text", clean).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** The input a resident may report: published on this process's page and not wholly hidden. */
    public Optional<Input> reportable(UUID processId, UUID inputId) {
        return jdbc.sql("SELECT " + Inputs.COLUMNS + " FROM input i WHERE i.id = :id AND i.process_id = :p AND i.publish"
                        + " AND NOT EXISTS (SELECT 1 FROM input_hiding h WHERE h.input_id = i.id AND h.part IS NULL"
                        + " AND h.unhidden_at IS NULL)")
                .param("id", inputId).param("p", processId).query(Inputs::map).optional();
    }

    /** Open reports of the collaboration, newest first, with a smaller id than {@code before} when given. */
    public List<Report> openReports(UUID collaborationId, Long before, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.input_id, i.process_id, i.text AS input_text, r.reason, r.text, r.reported_at
                FROM input_report r JOIN input i ON i.id = r.input_id AND i.collaboration_id = r.collaboration_id
                WHERE r.collaboration_id = :c AND r.state = 'OPEN'""" + (before == null ? "" : " AND r.id < :before") + """
                 ORDER BY r.id DESC LIMIT :limit""")
                .param("c", collaborationId).param("before", before).param("limit", Math.min(Math.max(limit, 1), 200))
                .query((rs, n) -> new Report(rs.getLong("id"), rs.getObject("input_id", UUID.class),
                        rs.getObject("process_id", UUID.class), rs.getString("input_text"),
                        ModerationReason.valueOf(rs.getString("reason")), rs.getString("text"),
                        rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    public int openReportCount(UUID collaborationId) {
        return jdbc.sql("SELECT count(*) FROM input_report WHERE collaboration_id = :c AND state = 'OPEN'")
                .param("c", collaborationId).query(Integer.class).single();
    }

    /** Staff decide the reports about this input need nothing: they leave the queue. Returns how many. */
    @Transactional
    public int dismissReports(UUID collaborationId, UUID inputId, String actor) {
        lock(collaborationId, inputId);
        int dismissed = closeReports(collaborationId, inputId, "DISMISSED", actor);
        if (dismissed > 0) {
            audit.record(collaborationId, actor, "input.reports-dismiss", "input", inputId, String.valueOf(dismissed));
        }
        return dismissed;
    }

    private int closeReports(UUID collaborationId, UUID inputId, String state, String actor) {
        return jdbc.sql("""
                UPDATE input_report SET state = :state, closed_by = :actor, closed_at = :now
                WHERE input_id = :input AND collaboration_id = :c AND state = 'OPEN'
                """)
                .param("state", state).param("actor", actor).param("now", Timestamp.from(clock.instant()))
                .param("input", inputId).param("c", collaborationId).update();
    }

    /** Two staff members hiding the same input at once: one waits, then sees the other's hiding. */
    private void lock(UUID collaborationId, UUID inputId) {
        if (inputs.findForUpdate(collaborationId, List.of(inputId)).isEmpty()) {
            throw new NotFoundException();
        }
    }

    private static Hiding hiding(ResultSet rs) throws SQLException {
        return new Hiding(rs.getLong("id"), rs.getString("part"), ModerationReason.valueOf(rs.getString("reason")),
                rs.getString("note"), rs.getTimestamp("hidden_at").toInstant());
    }
}
