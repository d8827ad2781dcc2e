package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.AuditTrail.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is append-only for the application, and its hash chain shows any
 * change made behind the application's back (here: as the database superuser, with
 * triggers switched off for one transaction). Every test leaves the chain whole again,
 * because all tests share one database and one chain.
 */
class AuditChainTest extends IntegrationTest {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void theApplicationCanNeitherChangeNorRemoveNorTruncateEntries() {
        UUID object = UUID.randomUUID();
        audit.record(null, "tester", "test.append-only", "thing", object, "ok");
        long id = idOf(object);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET result = 'niets gebeurd' WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain_head").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("only moves forward");

        assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ok");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anUntouchedChainIsWholeAndTheDatabaseAndJavaComputeTheSameHash() {
        // Text with characters of more than one UTF-8 byte and without a collaboration or object.
        audit.record(null, "coördinator😀@example.org", "test.unicode", "thing", null, "één, twee");
        audit.record(UUID.randomUUID(), "tester", "test.whole", "thing", 42, "ok");

        AuditTrail.ChainCheck check = audit.verify();

        assertThat(check.intact()).as("chain check: %s", check).isTrue();
        assertThat(check.checked()).isGreaterThanOrEqualTo(2);
        assertThat(check.newestHash()).isEqualTo(jdbc.sql("SELECT hash FROM audit_entry WHERE id = :id")
                .param("id", check.newestId()).query(String.class).single());
        var last = audit.newestFirstOnPlatform(null, 2);
        for (AuditTrail.Entry e : last) {
            String stored = jdbc.sql("SELECT hash FROM audit_entry WHERE id = :id").param("id", e.id()).query(String.class).single();
            String previous = jdbc.sql("SELECT prev_hash FROM audit_entry WHERE id = :id").param("id", e.id()).query(String.class).single();
            assertThat(AuditTrail.hash(e, previous)).isEqualTo(stored);
        }
    }

    @Test
    void anEntryChangedBehindTheApplicationsBackIsFoundByItsNumber() {
        UUID object = UUID.randomUUID();
        audit.record(null, "tester", "test.tamper", "thing", object, "refused");
        long id = idOf(object);
        try {
            asSuperuserWithoutTriggers(db -> db.sql("UPDATE audit_entry SET result = 'approved' WHERE id = :id")
                    .param("id", id).update());

            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.broken().entryId()).isEqualTo(id);
            assertThat(check.broken().reason()).isEqualTo(Reason.CHANGED);
        } finally {
            asSuperuserWithoutTriggers(db -> db.sql("UPDATE audit_entry SET result = 'refused' WHERE id = :id")
                    .param("id", id).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryBreaksTheLinkOfTheEntryAfterIt() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        audit.record(null, "tester", "test.remove", "thing", first, "ok");
        audit.record(null, "tester", "test.remove", "thing", second, "ok");
        long removed = idOf(first);
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", removed).query().singleRow();
        try {
            asSuperuserWithoutTriggers(db -> db.sql("DELETE FROM audit_entry WHERE id = :id").param("id", removed).update());

            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.broken().entryId()).isEqualTo(idOf(second));
            assertThat(check.broken().reason()).isEqualTo(Reason.LINK);
        } finally {
            asSuperuserWithoutTriggers(db -> db.sql("""
                    INSERT INTO audit_entry (id, collaboration_id, actor, action, object_type, object_id, result, at, prev_hash, hash)
                    VALUES (:id, :collaboration_id, :actor, :action, :object_type, :object_id, :result, :at, :prev_hash, :hash)
                    """).params(row).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryForgedAtTheEndWithACorrectHashIsFoundBecauseTheChainHeadDoesNotKnowIt() {
        audit.record(null, "tester", "test.forge", "thing", null, "ok");
        long forged = jdbc.sql("""
                INSERT INTO audit_entry (id, actor, action, object_type, result, at, prev_hash, hash)
                SELECT n.id, 'admin@example.org', 'reimbursement.approve', 'reimbursement_claim', 'approved', now(),
                       h.last_hash,
                       audit_entry_hash(n.id, NULL, 'admin@example.org', 'reimbursement.approve', 'reimbursement_claim',
                                        NULL, 'approved', now(), h.last_hash)
                FROM audit_chain_head h, (SELECT nextval(pg_get_serial_sequence('audit_entry', 'id')) AS id) n
                RETURNING id
                """).query(Long.class).single();
        try {
            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.broken().entryId()).isEqualTo(forged);
            assertThat(check.broken().reason()).isEqualTo(Reason.EXTRA);
        } finally {
            asSuperuserWithoutTriggers(db -> db.sql("DELETE FROM audit_entry WHERE id = :id").param("id", forged).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void writersAtTheSameMomentDoNotForkTheChain() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Callable<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    // Some in a longer transaction, as callers do, some on their own.
                    if (i % 2 == 0) {
                        transactions.executeWithoutResult(status -> {
                            audit.record(null, "writer-" + writer, "test.concurrent", "run", run, "a");
                            audit.record(null, "writer-" + writer, "test.concurrent", "run", run, "b");
                        });
                    } else {
                        audit.record(null, "writer-" + writer, "test.concurrent", "run", run, "c");
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        }

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :r").param("r", run).query(Long.class).single())
                .isEqualTo(8 * (5 * 2 + 5));
        assertThat(jdbc.sql("SELECT count(DISTINCT prev_hash) = count(*) FROM audit_entry").query(Boolean.class).single())
                .as("no two entries follow the same entry").isTrue();
        AuditTrail.ChainCheck check = audit.verify();
        assertThat(check.intact()).as("chain check: %s", check).isTrue();
    }

    @Test
    void theMigrationChainsEntriesThatExistedBeforeItTheWayTheCheckRecomputesThem() throws Exception {
        audit.record(null, "tester", "test.migration", "thing", "ünïcode", "ok");
        String migration = new String(getClass().getResourceAsStream("/db/migration/V122__platform_audit_chain.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String chaining = migration.substring(migration.indexOf("DO $$"), migration.indexOf("END $$;") + "END $$;".length());

        // Run the migration's chaining again over today's entries, as if they had no hashes yet, and roll it back.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE audit_entry SET prev_hash = 'none', hash = 'none'").update();
            jdbc.sql("DELETE FROM audit_chain_head").update();
            jdbc.sql(chaining).update();

            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).as("chain check after the migration's chaining: %s", check).isTrue();
            assertThat(check.checked()).isEqualTo(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single());
            status.setRollbackOnly();
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    private long idOf(UUID object) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE object_id = :o").param("o", object.toString()).query(Long.class).single();
    }

    /**
     * What someone with the database's superuser password could do: switch the triggers off
     * for one transaction ({@code session_replication_role = replica}) and edit the table.
     */
    private void asSuperuserWithoutTriggers(Consumer<JdbcClient> change) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            change.accept(jdbc);
        });
    }
}
