package nl.samenspraak.selfscan.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.selfscan.ScanRoundId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rounds of the scan: opened and closed by a coordinator, always read within one collaboration. */
@Service
class ScanRounds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, collaboration_id, title, token, closes_on, closed_at, created_at, seq";

    /** A round with how many people of each group answered it. */
    record Listed(ScanRound round, int residents, int professionals) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    ScanRounds(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a round that asks the current statements; its link works at once. */
    @Transactional
    ScanRoundId open(UUID collaborationId, String title, LocalDate closesOn, String actor) {
        ScanRound round = ScanRound.open(collaborationId, title, closesOn, newToken(), today(), clock.instant());
        UUID id = round.id().value();
        jdbc.sql("""
                INSERT INTO scan_round (id, collaboration_id, title, token, closes_on, created_at)
                VALUES (:id, :c, :title, :token, :closesOn, :now)
                """)
                .param("id", id).param("c", collaborationId).param("title", round.title()).param("token", round.token())
                .param("closesOn", round.closesOn()).param("now", Timestamp.from(round.createdAt()))
                .update();
        List<Statement> statements = Statement.current();
        jdbc.sql("""
                INSERT INTO scan_round_statement (round_id, collaboration_id, position, statement_key, theme_key)
                SELECT :r, :c, t.ord - 1, t.statement_key, t.theme_key
                FROM unnest(CAST(:keys AS text[]), CAST(:themes AS text[])) WITH ORDINALITY AS t(statement_key, theme_key, ord)
                """)
                .param("r", id).param("c", collaborationId)
                .param("keys", statements.stream().map(Statement::key).toArray(String[]::new))
                .param("themes", statements.stream().map(st -> st.theme().key()).toArray(String[]::new))
                .update();
        audit.record(collaborationId, actor, "selfscan.open", "scan_round", id, "opened");
        return round.id();
    }

    Optional<ScanRound> find(UUID collaborationId, ScanRoundId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scan_round WHERE id = :id AND collaboration_id = :c")
                .param("id", id.value()).param("c", collaborationId).query(ScanRounds::round).optional();
    }

    /** A round of this collaboration by the id in a URL, or 404: a round of another looks the same as none. */
    ScanRound require(UUID collaborationId, String rawId) {
        return Ids.parseUuid(rawId).flatMap(i -> find(collaborationId, new ScanRoundId(i))).orElseThrow(NotFoundException::new);
    }

    Optional<ScanRound> byToken(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM scan_round WHERE token = :t")
                .param("t", token).query(ScanRounds::round).optional();
    }

    /** Newest first, with the number of responses per group in one query. */
    List<Listed> ofCollaboration(UUID collaborationId) {
        return jdbc.sql("""
                SELECT r.*, 
                       (SELECT count(*) FROM scan_response s WHERE s.round_id = r.id AND s.respondent_group = 'RESIDENT') AS residents,
                       (SELECT count(*) FROM scan_response s WHERE s.round_id = r.id AND s.respondent_group = 'PROFESSIONAL') AS professionals
                FROM scan_round r WHERE r.collaboration_id = :c ORDER BY r.seq DESC
                """)
                .param("c", collaborationId)
                .query((rs, n) -> new Listed(round(rs, n), rs.getInt("residents"), rs.getInt("professionals")))
                .list();
    }

    /** The rounds opened before this one, newest first. */
    List<ScanRound> earlier(ScanRound round, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scan_round WHERE collaboration_id = :c AND seq < :seq "
                        + "ORDER BY seq DESC LIMIT :limit")
                .param("c", round.collaborationId()).param("seq", round.seq()).param("limit", limit)
                .query(ScanRounds::round).list();
    }

    /** The statements the round asked, in its order; a theme that no longer exists is left out. */
    List<Statement> statementsOf(ScanRound round) {
        return jdbc.sql("""
                SELECT statement_key, theme_key FROM scan_round_statement
                WHERE round_id = :r AND collaboration_id = :c ORDER BY position
                """)
                .param("r", round.id().value()).param("c", round.collaborationId())
                .query((rs, n) -> Map.entry(rs.getString("statement_key"), rs.getString("theme_key")))
                .list().stream()
                .flatMap(e -> Statement.theme(e.getValue()).map(t -> new Statement(e.getKey(), t)).stream())
                .toList();
    }

    /** Per group, how many responses the round has. */
    Map<RespondentGroup, Integer> responseCounts(ScanRound round) {
        Map<RespondentGroup, Integer> counts = jdbc.sql("""
                SELECT respondent_group, count(*) AS n FROM scan_response
                WHERE round_id = :r AND collaboration_id = :c GROUP BY respondent_group
                """)
                .param("r", round.id().value()).param("c", round.collaborationId())
                .query((rs, n) -> Map.entry(RespondentGroup.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (RespondentGroup g : RespondentGroup.values()) {
            counts.putIfAbsent(g, 0);
        }
        return counts;
    }

    @Transactional
    void close(UUID collaborationId, ScanRoundId id, String actor) {
        ScanRound round = find(collaborationId, id).orElseThrow(NotFoundException::new);
        if (save(round, round.close(clock.instant()))) {
            audit.record(collaborationId, actor, "selfscan.close", "scan_round", id.value(), "closed");
        }
    }

    @Transactional
    void reopen(UUID collaborationId, ScanRoundId id, String actor) {
        ScanRound round = find(collaborationId, id).orElseThrow(NotFoundException::new);
        if (save(round, round.reopen(today()))) {
            audit.record(collaborationId, actor, "selfscan.reopen", "scan_round", id.value(), "reopened");
        }
    }

    /**
     * Stores the new open or closed state, only when the round is still as it was loaded: of two
     * coordinators closing at once, one changes it and is audited. False when nothing changed.
     */
    private boolean save(ScanRound before, ScanRound after) {
        if (after.equals(before)) {
            return false;
        }
        return jdbc.sql("""
                UPDATE scan_round SET closed_at = :closedAt, closes_on = :closesOn
                WHERE id = :id AND collaboration_id = :c
                  AND closed_at IS NOT DISTINCT FROM :closedBefore AND closes_on IS NOT DISTINCT FROM :closesBefore
                """)
                .param("closedAt", timestamp(after.closedAt())).param("closesOn", after.closesOn())
                .param("id", before.id().value()).param("c", before.collaborationId())
                .param("closedBefore", timestamp(before.closedAt())).param("closesBefore", before.closesOn())
                .update() == 1;
    }

    private static Timestamp timestamp(java.time.Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** 128 random bits, URL-safe: the link is the only key to the form. */
    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ScanRound round(ResultSet rs, int n) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        java.sql.Date closesOn = rs.getDate("closes_on");
        return new ScanRound(new ScanRoundId(rs.getObject("id", UUID.class)), rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"), rs.getString("token"), closesOn == null ? null : closesOn.toLocalDate(),
                closedAt == null ? null : closedAt.toInstant(), rs.getTimestamp("created_at").toInstant(), rs.getLong("seq"));
    }
}
