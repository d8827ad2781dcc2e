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

    /**
     * Mails that anyone without an account can set off to one address in a day, over all public forms
     * together (a receipt, a pool welcome, a meeting confirmation): enough for a busy resident, too few
     * to flood a stranger's mailbox with the platform's name on it.
     */
    public static final int PUBLIC_MAILS_PER_ADDRESS_PER_DAY = 10;

    /** The message for a form whose e-mail address has had {@link #PUBLIC_MAILS_PER_ADDRESS_PER_DAY} mails today. */
    public static final String MAIL_BUSY = "error.mailBusy";

    /**
     * Counts one mail a public form is about to send to {@code email}; false when the address has had
     * its share today. It counts requests, not residents, so the answer says nothing about whether the
     * address is known here.
     */
    public boolean tryMailTo(String email) {
        return tryAcquireForAddress("mail-to", email, PUBLIC_MAILS_PER_ADDRESS_PER_DAY, Duration.ofDays(1));
    }

    /**
     * {@link #tryAcquire} on a bucket named after an e-mail address, without keeping the address: the
     * first half of its SHA-256 (lower case) in hex, enough to tell addresses apart, not to read them back.
     */
    public boolean tryAcquireForAddress(String kind, String email, int limit, Duration window) {
        String digest = java.util.HexFormat.of().formatHex(
                Hashing.sha256(email.strip().toLowerCase(java.util.Locale.ROOT)), 0, 16);
        return tryAcquire(kind + ":" + digest, limit, window);
    }

    /** Old windows say nothing any more; removing them keeps the table small. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT5M")
    public void forgetOldWindows() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE window_start < :before")
                .param("before", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }
}
