package nl.samenspraak.feedback.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.Hashing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The "no more news about this process" links in decision notices, and who used them. A link's
 * token is given out once and only its hash is kept; it opens nothing but the stop of decision
 * news for one input's process, so it carries no name, address or text.
 */
@Repository
class DecisionNewsLinks {

    /** Decisions take years to carry out; the link in the first notice should still work at the last. */
    static final Duration VALID_FOR = Duration.ofDays(3 * 366);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link opens: one input of one collaboration. */
    record Opened(UUID collaborationId, UUID inputId) {}

    /** A stop as the author's data export shows it. */
    record Stop(UUID inputId, UUID processId, Instant stoppedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DecisionNewsLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token (32 URL-safe characters); store it with {@link #keep} once the notice is made. */
    static String newToken() {
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    void keep(UUID collaborationId, UUID inputId, String token) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO decision_news_link (token_hash, input_id, collaboration_id, created_at, expires_at)
                VALUES (:hash, :i, :c, :now, :expires)
                """)
                .param("hash", Hashing.sha256(token)).param("i", inputId).param("c", collaborationId)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(VALID_FOR)))
                .update();
    }

    Optional<Opened> open(String token) {
        if (token == null || token.isEmpty() || token.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT collaboration_id, input_id FROM decision_news_link WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", Hashing.sha256(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Opened(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Stops decision news for these inputs of one process; stopping again changes nothing. */
    void stop(UUID collaborationId, UUID processId, Collection<UUID> inputIds) {
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID inputId : inputIds) {
            jdbc.sql("""
                    INSERT INTO decision_news_stop (input_id, collaboration_id, process_id, stopped_at)
                    VALUES (:i, :c, :p, :now) ON CONFLICT (input_id) DO NOTHING
                    """)
                    .param("i", inputId).param("c", collaborationId).param("p", processId).param("now", now)
                    .update();
        }
    }

    boolean stopped(UUID collaborationId, UUID inputId) {
        return !stoppedAmong(collaborationId, List.of(inputId)).isEmpty();
    }

    /** Which of these inputs' authors asked for no more decision news, in one query. */
    Set<UUID> stoppedAmong(UUID collaborationId, Collection<UUID> inputIds) {
        if (inputIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT input_id FROM decision_news_stop WHERE collaboration_id = :c AND input_id IN (:ids)")
                .param("c", collaborationId).param("ids", List.copyOf(inputIds)).query(UUID.class).list());
    }

    List<Stop> stopsOf(UUID collaborationId, Collection<UUID> inputIds) {
        if (inputIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT input_id, process_id, stopped_at FROM decision_news_stop
                WHERE collaboration_id = :c AND input_id IN (:ids) ORDER BY stopped_at, input_id
                """)
                .param("c", collaborationId).param("ids", List.copyOf(inputIds))
                .query((rs, n) -> new Stop(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** How many links were given out per input, for the export (the tokens themselves are not known). */
    int linkCount(UUID collaborationId, Collection<UUID> inputIds) {
        if (inputIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM decision_news_link WHERE collaboration_id = :c AND input_id IN (:ids)")
                .param("c", collaborationId).param("ids", List.copyOf(inputIds)).query(Integer.class).single();
    }

    /** The author is erased: their links stop working and their stops go (nobody can be told any more). */
    void forget(UUID collaborationId, Collection<UUID> inputIds) {
        if (inputIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM decision_news_link WHERE collaboration_id = :c AND input_id IN (:ids)")
                .param("c", collaborationId).param("ids", List.copyOf(inputIds)).update();
        jdbc.sql("DELETE FROM decision_news_stop WHERE collaboration_id = :c AND input_id IN (:ids)")
                .param("c", collaborationId).param("ids", List.copyOf(inputIds)).update();
    }
}
