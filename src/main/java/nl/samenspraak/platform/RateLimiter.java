package nl.samenspraak.platform;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits kept in PostgreSQL, so that every node counts the same
 * hits: one atomic upsert per check.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts a hit on {@code bucket}; false when more than {@code limit} hits fell in the current window. */
    public boolean tryAcquire(String bucket, int limit, Duration window) {
        var now = java.sql.Timestamp.from(clock.instant());
        var windowStart = java.sql.Timestamp.from(clock.instant().minus(window));
        Integer hits = jdbc.sql("""
                INSERT INTO rate_limit_window AS w (bucket, window_start, hits) VALUES (:bucket, :now, 1)
                ON CONFLICT (bucket) DO UPDATE SET
                    hits = CASE WHEN w.window_start <= :windowStart THEN 1 ELSE w.hits + 1 END,
                    window_start = CASE WHEN w.window_start <= :windowStart THEN :now ELSE w.window_start END
                RETURNING hits
                """)
                .param("bucket", bucket).param("now", now).param("windowStart", windowStart)
                .query(Integer.class).single();
        return hits <= limit;
    }

    /** Old windows say nothing any more; removing them keeps the table small. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT5M")
    public void forgetOldWindows() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE window_start < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }
}
