package nl.samenspraak;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of every row a collaboration owns, in every table that carries a collaboration
 * id, for tests that prove a request changed nothing. Columns that background work changes on
 * its own (the mail sender's progress, the audit sealer's hashes, a token's last use) are left
 * out: they say nothing about what a request did.
 */
public final class CollaborationSnapshot {

    private static final String[] BACKGROUND_COLUMNS = {"sent_at", "attempts", "next_attempt_at", "last_error",
            "chain_seq", "prev_hash", "hash", "last_used_at"};

    private CollaborationSnapshot() {}

    /** Taken once background work (events, mail, sealing) has settled: two equal readings half a second apart. */
    public static String whenQuiet(JdbcClient jdbc, UUID collaborationId, Set<String> ignoredTables)
            throws InterruptedException {
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE column_name = 'collaboration_id' AND table_schema = current_schema() ORDER BY table_name
                """).query(String.class).list().stream().filter(t -> !ignoredTables.contains(t)).toList();
        String previous = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            StringBuilder snapshot = new StringBuilder(jdbc.sql("SELECT c::text FROM collaboration c WHERE id = :c")
                    .param("c", collaborationId).query(String.class).single());
            for (String table : tables) {
                snapshot.append('\n').append(table).append(": ").append(jdbc.sql(
                                "SELECT count(*) || ' ' || coalesce(md5(string_agg((to_jsonb(t) - CAST(:skip AS text[]))::text,"
                                        + " ',' ORDER BY (to_jsonb(t) - CAST(:skip AS text[]))::text)), '') FROM "
                                        + table + " t WHERE collaboration_id = :c")
                        .param("c", collaborationId).param("skip", BACKGROUND_COLUMNS).query(String.class).single());
            }
            boolean busy = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                    .query(Long.class).single() > 0;
            if (!busy && snapshot.toString().equals(previous)) {
                return previous;
            }
            previous = snapshot.toString();
            Thread.sleep(500);
        }
        return previous;
    }
}
