package nl.samenspraak.participate;

import java.time.Duration;
import java.util.List;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rate limits count per client address, and every test calls from this machine; the
 * app may see it as IPv4 or IPv6 loopback, so both buckets are filled and both cleared.
 */
final class RateLimits {

    /** As the limits count them: IPv6 by its /64 network. */
    static final List<String> LOOPBACK = List.of(ClientNetwork.of("127.0.0.1"), ClientNetwork.of("0:0:0:0:0:0:0:1"));

    private RateLimits() {}

    static void exhaust(RateLimiter limiter, String prefix, int limit) {
        for (String address : LOOPBACK) {
            for (int i = 0; i < limit; i++) {
                limiter.tryAcquire(prefix + address, limit, Duration.ofMinutes(10));
            }
        }
    }

    /** Leaves no trace for other tests, which share the database and this address. */
    static void clear(JdbcClient jdbc) {
        for (String address : LOOPBACK) {
            jdbc.sql("DELETE FROM rate_limit_window WHERE bucket IN (:buckets)")
                    .param("buckets", List.of("input:" + address, "follow:" + address))
                    .update();
        }
    }
}
