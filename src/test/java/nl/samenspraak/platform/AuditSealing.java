package nl.samenspraak.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests of the audit trail: entries are sealed by {@link AuditSealer} a moment after they
 * commit, so a test that changes an entry behind the application's back must first wait for
 * its seal (a change before the seal would simply be sealed in).
 */
public final class AuditSealing {

    private static final String SEALER_LOCK = "SELECT pg_advisory_lock(hashtextextended('audit_entry.seal', 0))";
    private static final String SEALER_UNLOCK = "SELECT pg_advisory_unlock(hashtextextended('audit_entry.seal', 0))";

    private AuditSealing() {}

    /** Waits until every entry committed so far is sealed into the chain. */
    public static void awaitAllSealed(JdbcClient jdbc) {
        long upTo = jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM audit_entry WHERE chain_seq IS NULL AND id <= :upTo)")
                .param("upTo", upTo).query(Boolean.class).single());
    }

    /**
     * Runs {@code action} while no sealer can run: a connection of its own holds the sealer's
     * advisory lock, as a sealer on another node would, so the sealers here skip their turns.
     */
    public static void whileSealerPaused(DataSource dataSource, Runnable action) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SEALER_LOCK);
            try {
                action.run();
            } finally {
                statement.execute(SEALER_UNLOCK);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
