package nl.samenspraak.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.samenspraak.platform.Hashing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing strangers a way to lock staff out.
 * <p>
 * Failures are counted per (account, client network). From one network, after
 * {@value #FREE_PER_NETWORK} wrong passwords each further one doubles the wait, from 30
 * seconds up to {@link #MAX_WAIT_PER_NETWORK}: that stops a guesser, and it only stops
 * that guesser's network, so the owner logging in from their own office or home is not
 * affected. Guessing from many networks at once is caught by a ceiling per account over
 * all networks: after {@value #FREE_PER_ACCOUNT} failures every network waits, but never
 * longer than {@link #MAX_WAIT_PER_ACCOUNT}, so the worst a stranger can do to the owner is
 * a one-minute pause. Counts are forgotten after {@link #FORGET_AFTER} without a failure,
 * on a successful login (that network's count and the account-wide one), and when the
 * password is reset ({@link #forget}).
 * Unknown addresses are counted exactly like existing accounts, so the answers and their
 * timing do not tell whether an account exists.
 */
@Component
public class LoginThrottle {

    static final int FREE_PER_NETWORK = 5;
    static final Duration MAX_WAIT_PER_NETWORK = Duration.ofMinutes(15);
    static final int FREE_PER_ACCOUNT = 20;
    static final Duration MAX_WAIT_PER_ACCOUNT = Duration.ofMinutes(1);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final String ALL_NETWORKS = "*";

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True while this account may not log in from this network, whatever the password. */
    boolean slowedDown(String email, String network) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM login_throttle WHERE account_key = :k AND network IN (:n, '*')
                               AND locked_until > :now)
                """)
                .param("k", key(email)).param("n", network).param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class).single();
    }

    @Transactional
    void failed(String email, String network) {
        count(key(email), network, FREE_PER_NETWORK, MAX_WAIT_PER_NETWORK);
        count(key(email), ALL_NETWORKS, FREE_PER_ACCOUNT, MAX_WAIT_PER_ACCOUNT);
    }

    @Transactional
    void succeeded(String email, String network) {
        jdbc.sql("DELETE FROM login_throttle WHERE account_key = :k AND network IN (:n, '*')")
                .param("k", key(email)).param("n", network).update();
    }

    /** Clears every slow-down of this account, e.g. after its owner reset the password through their mailbox. */
    @Transactional
    public void forget(String email) {
        jdbc.sql("DELETE FROM login_throttle WHERE account_key = :k").param("k", key(email)).update();
    }

    private void count(String key, String network, int free, Duration maxWait) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO login_throttle AS t (account_key, network, failures, last_failure) VALUES (:k, :n, 1, :now)
                ON CONFLICT (account_key, network) DO UPDATE SET
                    failures = CASE WHEN t.last_failure < :forgetBefore THEN 1 ELSE t.failures + 1 END,
                    last_failure = :now
                RETURNING failures
                """)
                .param("k", key).param("n", network).param("now", Timestamp.from(now))
                .param("forgetBefore", Timestamp.from(now.minus(FORGET_AFTER)))
                .query(Integer.class).single();
        if (failures >= free) {
            long seconds = Math.min(maxWait.toSeconds(), FIRST_WAIT.toSeconds() << Math.min(failures - free, 10));
            jdbc.sql("UPDATE login_throttle SET locked_until = :until WHERE account_key = :k AND network = :n")
                    .param("until", Timestamp.from(now.plusSeconds(seconds))).param("k", key).param("n", network).update();
        }
    }

    /** Old counts say nothing any more; removing them keeps the table small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldFailures() {
        jdbc.sql("DELETE FROM login_throttle WHERE last_failure < :before")
                .param("before", Timestamp.from(clock.instant().minus(FORGET_AFTER))).update();
    }

    /** The address as one key, hashed so that no typed address (perhaps a resident's) is kept readable. */
    static String key(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return Hashing.sha256Hex(normalised);
    }
}
