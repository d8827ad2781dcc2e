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
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rounds of the scan: opened and closed by a coordinator, always read within one collaboration. */
@Service
class ScanRounds {

    static final int MAX_TITLE = 200;
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
    UUID open(UUID collaborationId, String title, LocalDate closesOn, String actor) {
        String cleaned = Text.clean(title);
        if (cleaned.isEmpty()) {
            throw new InvalidScanException("title", "selfscan.error.titleRequired");
        }
        if (cleaned.length() > MAX_TITLE) {
            throw new InvalidScanException("title", "selfscan.error.titleTooLong");
        }
        if (closesOn != null && closesOn.isBefore(today())) {
            throw new InvalidScanException("closesOn", "selfscan.error.closesOnPast");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO scan_round (id, collaboration_id, title, token, closes_on, created_at)
                VALUES (:id, :c, :title, :token, :closesOn, :now)
                """)
                .param("id", id).param("c", collaborationId).param("title", cleaned).param("token", newToken())
                .param("closesOn", closesOn).param("now", Timestamp.from(clock.instant()))
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
        return id;
    }

    Optional<ScanRound> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM scan_round WHERE id = :id AND collaboration_id = :c")
                .param("id", id).param("c", collaborationId).query(ScanRounds::round).optional();
    }

    /** A round of this collaboration by the id in a URL, or 404: a round of another looks the same as none. */
    ScanRound require(UUID collaborationId, String rawId) {
        Optional<UUID> id;
        try {
            id = rawId == null || rawId.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(rawId));
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        return id.flatMap(i -> find(collaborationId, i)).orElseThrow(NotFoundException::new);
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
                .param("r", round.id()).param("c", round.collaborationId())
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
                .param("r", round.id()).param("c", round.collaborationId())
                .query((rs, n) -> Map.entry(RespondentGroup.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (RespondentGroup g : RespondentGroup.values()) {
            counts.putIfAbsent(g, 0);
        }
        return counts;
    }

    @Transactional
    void close(UUID collaborationId, UUID id, String actor) {
        int changed = jdbc.sql("UPDATE scan_round SET closed_at = :now WHERE id = :id AND collaboration_id = :c AND closed_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("c", collaborationId).update();
        requireExists(collaborationId, id);
        if (changed > 0) {
            audit.record(collaborationId, actor, "selfscan.close", "scan_round", id, "closed");
        }
    }

    /** Opens a closed round again; a closing day that has passed is dropped, or the round would stay shut. */
    @Transactional
    void reopen(UUID collaborationId, UUID id, String actor) {
        int changed = jdbc.sql("""
                UPDATE scan_round SET closed_at = NULL,
                       closes_on = CASE WHEN closes_on < :today THEN NULL ELSE closes_on END
                WHERE id = :id AND collaboration_id = :c AND (closed_at IS NOT NULL OR closes_on < :today)
                """)
                .param("today", today()).param("id", id).param("c", collaborationId).update();
        requireExists(collaborationId, id);
        if (changed > 0) {
            audit.record(collaborationId, actor, "selfscan.reopen", "scan_round", id, "reopened");
        }
    }

    private void requireExists(UUID collaborationId, UUID id) {
        find(collaborationId, id).orElseThrow(NotFoundException::new);
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
        return new ScanRound(rs.getObject("id", UUID.class), rs.getObject("collaboration_id", UUID.class),
                rs.getString("title"), rs.getString("token"), closesOn == null ? null : closesOn.toLocalDate(),
                closedAt == null ? null : closedAt.toInstant(), rs.getTimestamp("created_at").toInstant(), rs.getLong("seq"));
    }
}
