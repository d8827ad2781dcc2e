package nl.samenspraak.selfscan.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a filled-in scan as one response with its answers, once, and nothing about the person. */
@Service
class ScanResponses {

    enum Channel { ONLINE, PAPER }

    /** What happened to a submission: stored now, or the same form had been stored before. */
    enum Outcome { STORED, ALREADY_STORED }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    ScanResponses(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Stores the answers (statement key to score 1..5, or null for "don't know") of an open round.
     * The caller has checked the answers against the round's statements.
     */
    @Transactional
    Outcome store(ScanRound round, AnswerForm.Checked answers, Channel channel, String actor) {
        round.acceptAnswer(channel, java.time.LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        // The key makes a replayed or double-clicked form a no-op instead of a second response.
        int inserted = jdbc.sql("""
                INSERT INTO scan_response (id, round_id, collaboration_id, respondent_group, channel, submission_key, received_at)
                VALUES (:id, :r, :c, :g, :channel, :key, :now) ON CONFLICT (submission_key) DO NOTHING
                """)
                .param("id", id).param("r", round.id().value()).param("c", round.collaborationId())
                .param("g", answers.group().name()).param("channel", channel.name())
                .param("key", answers.submissionKey()).param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return Outcome.ALREADY_STORED;
        }
        // One statement for all answers of the form: a submission costs the same whatever its length.
        jdbc.sql("""
                INSERT INTO scan_answer (response_id, round_id, collaboration_id, statement_key, score)
                SELECT :id, :r, :c, t.statement_key, t.score
                FROM unnest(CAST(:keys AS text[]), CAST(:scores AS smallint[])) AS t(statement_key, score)
                """)
                .param("id", id).param("r", round.id().value()).param("c", round.collaborationId())
                .param("keys", answers.scores().keySet().toArray(String[]::new))
                .param("scores", answers.scores().values().toArray(Integer[]::new))
                .update();
        if (channel == Channel.PAPER) {
            audit.record(round.collaborationId(), actor, "selfscan.paper", "scan_response", id, "entered");
        }
        return Outcome.STORED;
    }
}
