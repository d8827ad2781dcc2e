package nl.samenspraak.pool.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which members heard of which decision change (once each), and who asked for no more news
 * about a process. Both hang below the membership: leaving the data behind is impossible.
 */
@Repository
class ResultNewsRows {

    /** A member to tell, with the resident behind them. */
    record Listener(UUID memberId, UUID residentId) {}

    /** A mail about a decision as the member's data export shows it. */
    record Told(UUID decisionId, int change, UUID processId, Instant at) {}

    /** A "no more news" as the member's data export shows it. */
    record Stop(UUID processId, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ResultNewsRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Active members of a collaboration whose newest consent to hear about results is a yes, and
     * who did not stop the news about this process; in one query, in a fixed order.
     */
    List<Listener> listeners(UUID collaborationId, UUID processId) {
        return jdbc.sql("""
                SELECT m.id, m.resident_id FROM pool_member m
                WHERE m.collaboration_id = :c AND m.status = 'ACTIVE'
                  AND coalesce((SELECT pc.granted FROM pool_consent pc WHERE pc.member_id = m.id AND pc.purpose = 'RESULTS'
                                ORDER BY pc.seq DESC LIMIT 1), false)
                  AND NOT EXISTS (SELECT 1 FROM pool_result_news_stop s WHERE s.member_id = m.id AND s.process_id = :p)
                ORDER BY m.id
                """)
                .param("c", collaborationId).param("p", processId)
                .query((rs, n) -> new Listener(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    /**
     * Claims telling this member about this change: true for exactly one caller, also when two
     * handle the same event at once (the second waits for the first and then finds the row).
     */
    boolean claim(UUID collaborationId, UUID memberId, UUID decisionId, int change, UUID processId) {
        return jdbc.sql("""
                INSERT INTO pool_result_news (member_id, decision_id, change, collaboration_id, process_id, created_at)
                VALUES (:m, :d, :n, :c, :p, :now) ON CONFLICT DO NOTHING
                """)
                .param("m", memberId).param("d", decisionId).param("n", change).param("c", collaborationId)
                .param("p", processId).param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    void mailed(UUID memberId, UUID decisionId, int change, UUID mailId) {
        jdbc.sql("UPDATE pool_result_news SET mail_id = :mail WHERE member_id = :m AND decision_id = :d AND change = :n")
                .param("mail", mailId).param("m", memberId).param("d", decisionId).param("n", change).update();
    }

    void stop(UUID collaborationId, UUID memberId, UUID processId) {
        jdbc.sql("""
                INSERT INTO pool_result_news_stop (member_id, process_id, collaboration_id, stopped_at)
                VALUES (:m, :p, :c, :now) ON CONFLICT DO NOTHING
                """)
                .param("m", memberId).param("p", processId).param("c", collaborationId)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    boolean stopped(UUID collaborationId, UUID memberId, UUID processId) {
        return jdbc.sql("SELECT count(*) FROM pool_result_news_stop WHERE collaboration_id = :c AND member_id = :m AND process_id = :p")
                .param("c", collaborationId).param("m", memberId).param("p", processId).query(Integer.class).single() > 0;
    }

    List<Told> told(UUID collaborationId, UUID memberId) {
        return jdbc.sql("""
                SELECT decision_id, change, process_id, created_at FROM pool_result_news
                WHERE collaboration_id = :c AND member_id = :m ORDER BY created_at, decision_id, change
                """)
                .param("c", collaborationId).param("m", memberId)
                .query((rs, n) -> new Told(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    List<Stop> stops(UUID collaborationId, UUID memberId) {
        return jdbc.sql("SELECT process_id, stopped_at FROM pool_result_news_stop WHERE collaboration_id = :c AND member_id = :m ORDER BY stopped_at")
                .param("c", collaborationId).param("m", memberId)
                .query((rs, n) -> new Stop(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
    }
}
