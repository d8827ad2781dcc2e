package nl.samenspraak.platform;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who did what to which object, with what result, and when. Written in the caller's
 * transaction. The table is append-only (triggers refuse DELETE, TRUNCATE and every UPDATE
 * but the sealing step) and hash-chained: once committed, {@link AuditSealer} seals each entry
 * with the SHA-256 of its content and of the entry before it, so {@link #verify()} finds any
 * entry that was changed, removed or slipped in afterwards.
 */
@Component
public class AuditTrail {

    /** The "previous hash" of the very first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final int VERIFY_BATCH = 2000;
    private static final ZoneId NETHERLANDS = TimeConfiguration.NETHERLANDS;
    /**
     * The sealer runs every second; an entry still unsealed a minute after it was written means
     * the sealer is not running, or the entry was slipped in behind the application's back.
     */
    static final Duration SEALING_DEADLINE = Duration.ofMinutes(1);

    /** One line of the trail. */
    public record Entry(long id, UUID collaborationId, String actor, String action, String objectType, String objectId,
                        String result, Instant at) {
        /** When, on a Dutch clock: staff read the trail in Amsterdam time. */
        public ZonedDateTime localTime() {
            return at.atZone(NETHERLANDS);
        }
    }

    /**
     * What a recomputation of the chain found; {@code broken} is null when the sealed chain is
     * whole. {@code newestId} and {@code newestHash} name the newest entry checked: a copy of
     * that hash kept outside the database lets a later check show that nothing before it was
     * rewritten. {@code unsealed} entries are not in the chain yet; {@code overdueId} is the
     * oldest of them that has waited longer than {@link #SEALING_DEADLINE} (null when none has).
     */
    public record ChainCheck(long checked, Break broken, long newestId, String newestHash, long unsealed, Long overdueId) {

        public boolean intact() {
            return broken == null;
        }

        /** Whether an entry waits too long for its seal: a finding even when the chain is whole. */
        public boolean sealingOverdue() {
            return overdueId != null;
        }
    }

    /**
     * Where the chain breaks. {@code entry} is null when the break is at the end: entries
     * after the last one present were removed.
     */
    public record Break(long entryId, Reason reason, Entry entry) {}

    public enum Reason {
        /** The entry's content no longer matches its own hash: it was changed. */
        CHANGED,
        /** The entry does not follow the one before it: something before it was removed, changed or slipped in. */
        LINK,
        /** The newest entries the chain head knows of are gone. */
        END,
        /** The entry lies beyond the chain head: it was added outside the application. */
        EXTRA
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an entry in one plain INSERT in the caller's transaction: no lock, no hash, so
     * audited transactions neither wait for each other nor deadlock over the audit trail. The
     * entry is sealed into the chain by {@link AuditSealer} once the transaction has committed
     * (and is gone with it when the transaction rolls back).
     */
    public void record(UUID collaborationId, String actor, String action, String objectType, Object objectId, String result) {
        jdbc.sql("""
                INSERT INTO audit_entry (collaboration_id, actor, action, object_type, object_id, result, at)
                VALUES (:collaboration, :actor, :action, :type, :object, :result, :at)
                """)
                .param("collaboration", collaborationId).param("actor", actor).param("action", action)
                .param("type", objectType).param("object", objectId == null ? null : objectId.toString())
                .param("result", result).param("at", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)))
                .update();
    }

    /** One collaboration's entries, newest first, {@code limit} at most, older than {@code beforeId} when given. */
    public List<Entry> newestFirst(UUID collaborationId, Long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, collaboration_id, actor, action, object_type, object_id, result, at FROM audit_entry
                WHERE collaboration_id = :c AND (CAST(:before AS bigint) IS NULL OR id < :before)
                ORDER BY id DESC LIMIT :limit
                """)
                .param("c", collaborationId).param("before", beforeId).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    /** Every entry of the platform (all collaborations and platform-wide ones), newest first. */
    public List<Entry> newestFirstOnPlatform(Long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, collaboration_id, actor, action, object_type, object_id, result, at FROM audit_entry
                WHERE CAST(:before AS bigint) IS NULL OR id < :before
                ORDER BY id DESC LIMIT :limit
                """)
                .param("before", beforeId).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    /**
     * Recomputes the sealed chain in its order ({@code chain_seq}, not id: see {@link AuditSealer}),
     * in batches, then compares its end with the chain head, and counts the entries not sealed
     * yet. Entries sealed meanwhile are no break: the sealer moves the entries and the head
     * together in one commit, so a head beyond the last entry read is fine as long as the entry
     * it names is there; an entry beyond the head, though, was not sealed by us.
     */
    public ChainCheck verify() {
        String expectedPrevious = GENESIS;
        Entry last = null;
        long lastSeq = 0;
        long checked = 0;
        while (true) {
            record Row(Entry entry, long seq, String previous, String hash) {}
            List<Row> rows = jdbc.sql("""
                    SELECT id, collaboration_id, actor, action, object_type, object_id, result, at, chain_seq,
                           prev_hash, hash
                    FROM audit_entry WHERE chain_seq > :after ORDER BY chain_seq LIMIT :batch
                    """)
                    .param("after", lastSeq).param("batch", VERIFY_BATCH)
                    .query((rs, n) -> new Row(entry(rs), rs.getLong("chain_seq"), rs.getString("prev_hash"),
                            rs.getString("hash"))).list();
            for (Row row : rows) {
                if (!expectedPrevious.equals(row.previous())) {
                    return broken(checked, new Break(row.entry().id(), Reason.LINK, row.entry()));
                }
                if (!hash(row.entry(), row.previous()).equals(row.hash())) {
                    return broken(checked, new Break(row.entry().id(), Reason.CHANGED, row.entry()));
                }
                expectedPrevious = row.hash();
                last = row.entry();
                lastSeq = row.seq();
                checked++;
            }
            if (rows.size() < VERIFY_BATCH) {
                break;
            }
        }
        long lastId = last == null ? 0 : last.id();
        record Head(long lastSeq, String lastHash) {}
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.lastSeq() == lastSeq && !head.lastHash().equals(expectedPrevious)) {
            return broken(checked, new Break(lastId, Reason.CHANGED, last));
        }
        if (head.lastSeq() < lastSeq) {
            Entry extra = jdbc.sql("""
                    SELECT id, collaboration_id, actor, action, object_type, object_id, result, at FROM audit_entry
                    WHERE chain_seq > :head ORDER BY chain_seq LIMIT 1
                    """)
                    .param("head", head.lastSeq()).query((rs, n) -> entry(rs)).single();
            return broken(checked, new Break(extra.id(), Reason.EXTRA, extra));
        }
        if (head.lastSeq() > lastSeq && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE chain_seq = :seq)")
                .param("seq", head.lastSeq()).query(Boolean.class).single()) {
            return broken(checked, new Break(lastId, Reason.END, null));
        }
        record Unsealed(long count, Long overdueId) {}
        Unsealed unsealed = jdbc.sql("""
                SELECT count(*), min(id) FILTER (WHERE at < :deadline) FROM audit_entry WHERE chain_seq IS NULL
                """)
                .param("deadline", Timestamp.from(clock.instant().minus(SEALING_DEADLINE)))
                .query((rs, n) -> new Unsealed(rs.getLong(1), rs.getObject(2, Long.class))).single();
        return new ChainCheck(checked, null, lastId, expectedPrevious, unsealed.count(), unsealed.overdueId());
    }

    private static ChainCheck broken(long checked, Break where) {
        return new ChainCheck(checked, where, 0, null, 0, null);
    }

    /** The same canonical content and SHA-256 as the function audit_entry_hash of migration V122. */
    static String hash(Entry e, String previous) {
        String content = "audit-v1\n" + e.id() + "\n"
                + field(e.collaborationId() == null ? null : e.collaborationId().toString()) + "\n"
                + field(e.actor()) + "\n" + field(e.action()) + "\n" + field(e.objectType()) + "\n"
                + field(e.objectId()) + "\n" + field(e.result()) + "\n"
                + ChronoUnit.MICROS.between(Instant.EPOCH, e.at()) + "\n" + previous;
        return Hashing.sha256Hex(content);
    }

    /** Length-prefixed, so that no two different entries have the same content. */
    private static String field(String value) {
        return value == null ? "-" : value.getBytes(StandardCharsets.UTF_8).length + ":" + value;
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("collaboration_id", UUID.class), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"), rs.getString("result"),
                rs.getTimestamp("at").toInstant());
    }
}
