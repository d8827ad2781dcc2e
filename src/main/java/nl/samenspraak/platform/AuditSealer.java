package nl.samenspraak.platform;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit entries into the hash chain, shortly after they were written.
 *
 * <p>{@link AuditTrail#record} only inserts, so that audited transactions never queue behind one
 * chain lock and cannot deadlock over it (one that audits and then locks a row against one that
 * locks that row and then audits). The price is that the chain is built here, up to a second
 * later. A transaction-scoped advisory lock lets one node seal at a time; the others skip.
 *
 * <p>The chain's order is {@code chain_seq}, not {@code id}. Ids are drawn when an entry is
 * inserted, but transactions commit in another order: an entry with a lower id can become
 * visible after one with a higher id was sealed already. It then simply gets the next
 * {@code chain_seq} and follows that entry in the chain. A reader sees only committed entries,
 * so an entry of a transaction that is still running (or rolls back) is never sealed.
 */
@Component
class AuditSealer {

    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    AuditSealer(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${samenspraak.audit.seal-interval:PT1S}", initialDelayString = "PT1S")
    void sealCommitted() {
        while (sealBatch() == BATCH) {
            // More were waiting (after an outage, or the first run after migration V122): go on.
        }
    }

    /** Seals up to {@link #BATCH} committed entries in id order; 0 when another node holds the lock. */
    int sealBatch() {
        Integer sealed = transactions.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended('audit_entry.seal', 0))")
                    .query(Boolean.class).single()) {
                return 0;
            }
            // Read after taking the lock, so this is the head the previous sealer committed.
            record Head(long lastSeq, String lastHash) {}
            Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
            List<Long> ids = jdbc.sql("SELECT id FROM audit_entry WHERE chain_seq IS NULL ORDER BY id LIMIT :batch")
                    .param("batch", BATCH).query(Long.class).list();
            long seq = head.lastSeq();
            String previous = head.lastHash();
            for (long id : ids) {
                seq++;
                // The database computes the hash from the stored row; AuditTrail.verify recomputes it in Java.
                previous = jdbc.sql("""
                        UPDATE audit_entry SET chain_seq = :seq, prev_hash = :previous,
                            hash = audit_entry_hash(id, collaboration_id, actor, action, object_type, object_id, result,
                                                    at, :previous)
                        WHERE id = :id RETURNING hash
                        """)
                        .param("seq", seq).param("previous", previous).param("id", id).query(String.class).single();
            }
            if (!ids.isEmpty()) {
                jdbc.sql("UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash WHERE id")
                        .param("seq", seq).param("hash", previous).update();
            }
            return ids.size();
        });
        return sealed == null ? 0 : sealed;
    }
}
