package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.samenspraak.Fixtures;
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
 * triggers switched off for one transaction). Entries are sealed into the chain shortly
 * after they commit, so tests that tamper wait for the seal first. Every test leaves the
 * chain whole again, because all tests share one database and one chain.
 */
class AuditChainTest extends IntegrationTest {

    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired AuditSealer sealer;
    @Autowired Clock clock;
    @Autowired Fixtures fixtures;

    @Test
    void theApplicationCanNeitherChangeNorRemoveNorTruncateNorResealEntries() {
        UUID object = UUID.randomUUID();
        audit.record(null, "tester", "test.append-only", "thing", object, "ok");
        long id = idOf(object);
        AuditSealing.awaitAllSealed(jdbc);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET result = 'niets gebeurd' WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET hash = audit_entry_hash(id, collaboration_id, actor, "
                + "action, object_type, object_id, 'niets gebeurd', at, prev_hash) WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET chain_seq = NULL, prev_hash = NULL, hash = NULL WHERE id = :id")
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
    void anUnsealedEntryCanOnlyBeSealedAndOnlyAsItIs() {
        // Each attempt in a transaction of its own that is never committed, so no sealer sees the entry.
        assertThatThrownBy(() -> onAnUnsealedEntry("UPDATE audit_entry SET result = 'niets gebeurd' WHERE id = :id"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> onAnUnsealedEntry(
                "UPDATE audit_entry SET chain_seq = -1, prev_hash = 'p', hash = 'h', result = 'niets gebeurd' WHERE id = :id"))
                .as("sealing while changing the content").isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> onAnUnsealedEntry("UPDATE audit_entry SET hash = 'h' WHERE id = :id"))
                .as("half a seal").isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(onAnUnsealedEntry("UPDATE audit_entry SET chain_seq = -1, prev_hash = 'p', hash = 'h' WHERE id = :id"))
                .as("the sealing step itself").isEqualTo(1);
    }

    @Test
    void anUntouchedChainIsWholeAndTheDatabaseAndJavaComputeTheSameHash() {
        // Text with characters of more than one UTF-8 byte and without a collaboration or object.
        UUID collaboration = UUID.randomUUID();
        audit.record(null, "coördinator😀@example.org", "test.unicode", "thing", null, "één, twee");
        audit.record(collaboration, "tester", "test.whole", "thing", 42, "ok");
        AuditSealing.awaitAllSealed(jdbc);

        AuditTrail.ChainCheck check = audit.verify();

        assertThat(check.intact()).as("chain check: %s", check).isTrue();
        assertThat(check.checked()).isGreaterThanOrEqualTo(2);
        assertThat(check.sealingOverdue()).isFalse();
        assertThat(check.newestHash()).isEqualTo(jdbc.sql("SELECT hash FROM audit_entry WHERE id = :id")
                .param("id", check.newestId()).query(String.class).single());
        var last = List.of(audit.newestFirst(collaboration, null, 1).getFirst(), audit.newestFirstOnPlatform(null, 50)
                .stream().filter(e -> e.action().equals("test.unicode")).findFirst().orElseThrow());
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
        AuditSealing.awaitAllSealed(jdbc);
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
        AuditSealing.awaitAllSealed(jdbc);
        long removed = idOf(first);
        Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", removed).query().singleRow();
        // Usually the second entry, unless another entry was sealed in between: the chain's order decides.
        long next = jdbc.sql("SELECT id FROM audit_entry WHERE chain_seq = :seq").param("seq", (Long) row.get("chain_seq") + 1)
                .query(Long.class).single();
        try {
            asSuperuserWithoutTriggers(db -> db.sql("DELETE FROM audit_entry WHERE id = :id").param("id", removed).update());

            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).isFalse();
            assertThat(check.broken().entryId()).isEqualTo(next);
            assertThat(check.broken().reason()).isEqualTo(Reason.LINK);
        } finally {
            asSuperuserWithoutTriggers(db -> db.sql("""
                    INSERT INTO audit_entry (id, collaboration_id, actor, action, object_type, object_id, result, at,
                                             chain_seq, prev_hash, hash)
                    VALUES (:id, :collaboration_id, :actor, :action, :object_type, :object_id, :result, :at,
                            :chain_seq, :prev_hash, :hash)
                    """).params(row).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryForgedAtTheEndWithACorrectHashIsFoundBecauseTheChainHeadDoesNotKnowIt() {
        audit.record(null, "tester", "test.forge", "thing", null, "ok");
        AuditSealing.awaitAllSealed(jdbc);
        // With the sealer held off, so that no real entry takes the forged entry's place meanwhile.
        AuditSealing.whileSealerPaused(dataSource, () -> {
            long forged = jdbc.sql("""
                    INSERT INTO audit_entry (id, actor, action, object_type, result, at, chain_seq, prev_hash, hash)
                    SELECT n.id, 'admin@example.org', 'reimbursement.approve', 'reimbursement_claim', 'approved', now(),
                           h.last_seq + 1, h.last_hash,
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
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryLeftUnsealedForMoreThanAMinuteIsAFindingAndOneJustWrittenIsNot() {
        AuditSealing.whileSealerPaused(dataSource, () -> {
            UUID fresh = UUID.randomUUID();
            audit.record(null, "tester", "test.unsealed", "thing", fresh, "ok");
            AuditTrail.ChainCheck justWritten = audit.verify();
            assertThat(justWritten.intact()).isTrue();
            assertThat(justWritten.unsealed()).isGreaterThanOrEqualTo(1);
            assertThat(justWritten.sealingOverdue()).as("written a moment ago").isFalse();

            // As if the sealer had not run for two minutes, by the application's own clock.
            UUID old = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO audit_entry (actor, action, object_type, object_id, result, at)
                    VALUES ('tester', 'test.unsealed', 'thing', :o, 'ok', :at)
                    """).param("o", old.toString())
                    .param("at", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2)))).update();

            AuditTrail.ChainCheck check = audit.verify();

            assertThat(check.intact()).as("the sealed chain is still whole").isTrue();
            assertThat(check.unsealed()).isGreaterThanOrEqualTo(2);
            assertThat(check.overdueId()).isEqualTo(idOf(old));
        });
        AuditSealing.awaitAllSealed(jdbc);
        AuditTrail.ChainCheck afterwards = audit.verify();
        assertThat(afterwards.intact()).isTrue();
        assertThat(afterwards.sealingOverdue()).isFalse();
    }

    @Test
    void anEntryThatCommitsAfterAHigherOneFollowsItInTheChain() throws Exception {
        UUID early = UUID.randomUUID();
        UUID late = UUID.randomUUID();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            Future<?> slow = pool.submit(() -> transactions.executeWithoutResult(status -> {
                audit.record(null, "tester", "test.commit-order", "thing", early, "ok");
                recorded.countDown();
                await(commit);
            }));
            assertThat(recorded.await(20, TimeUnit.SECONDS)).isTrue();
            audit.record(null, "tester", "test.commit-order", "thing", late, "ok");
            AuditSealing.awaitAllSealed(jdbc);
            assertThat(sealed(early)).as("not committed yet, so not sealed").isFalse();
            commit.countDown();
            slow.get(20, TimeUnit.SECONDS);
        }
        AuditSealing.awaitAllSealed(jdbc);

        assertThat(idOf(early)).isLessThan(idOf(late));
        assertThat(chainSeqOf(early)).isGreaterThan(chainSeqOf(late));
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void writersThatAlsoLockARowInOppositeOrdersNeitherDeadlockNorForkTheChain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String run = UUID.randomUUID().toString();
        // Start when the earlier tests' background work (sealing, event listeners) is done, so it does not
        // hold connections the writers need.
        AuditSealing.awaitAllSealed(jdbc);
        // Few enough writers to leave the connection pool room for the app's own background work:
        // a writer waiting for a connection would look like a deadlock at the barrier.
        int pairs = 2;
        int rounds = 10;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            // Each pair shares a row (a process) and meets at a barrier with both first steps done:
            // one has audited and now wants the row, the other holds the row and now audits. With
            // a lock on the audit trail until commit, that is a deadlock every round.
            UUID shared = fixtures.aProcess(world);
            CyclicBarrier bothFirstStepsDone = new CyclicBarrier(2);
            for (boolean auditFirst : new boolean[] {true, false}) {
                String writer = "writer-" + p + (auditFirst ? "-audit-first" : "-row-first");
                writers.add(() -> {
                    for (int round = 0; round < rounds; round++) {
                        transactions.executeWithoutResult(status -> {
                            if (auditFirst) {
                                audit.record(null, writer, "test.concurrent", "run", run, "a");
                            } else {
                                lock(shared);
                            }
                            await(bothFirstStepsDone);
                            if (auditFirst) {
                                lock(shared);
                            } else {
                                audit.record(null, writer, "test.concurrent", "run", run, "a");
                            }
                            audit.record(null, writer, "test.concurrent", "run", run, "b");
                        });
                        audit.record(null, writer, "test.concurrent", "run", run, "c");
                        // Both rounds end before either starts the next: otherwise the row-first writer
                        // can take the row again for its next round while its partner still waits for it
                        // in this one, and then waits at the barrier for that partner: a hang across a
                        // row lock and a barrier that PostgreSQL cannot see (found by sessionsWaiting).
                        await(bothFirstStepsDone);
                    }
                    return null;
                });
            }
        }
        List<String> failures = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(writers.size())) {
            for (Future<Void> f : pool.invokeAll(writers)) {
                try {
                    f.get(5, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
        }
        // All writers' outcomes: when one fails, its partner only sees a broken barrier, which hides the cause.
        assertThat(failures).as("every writer finished; a deadlock shows as PostgreSQL's 'deadlock detected'").isEmpty();
        AuditSealing.awaitAllSealed(jdbc);

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :r AND chain_seq IS NOT NULL")
                .param("r", run).query(Long.class).single()).isEqualTo(2L * pairs * rounds * 3);
        assertThat(jdbc.sql("SELECT count(DISTINCT prev_hash) = count(prev_hash) FROM audit_entry").query(Boolean.class).single())
                .as("no two entries follow the same entry").isTrue();
        assertThat(jdbc.sql("SELECT max(chain_seq) = count(chain_seq) FROM audit_entry").query(Boolean.class).single())
                .as("every entry sealed once, with no place in the chain left empty").isTrue();
        AuditTrail.ChainCheck check = audit.verify();
        assertThat(check.intact()).as("chain check: %s", check).isTrue();
        assertThat(check.checked()).isEqualTo(jdbc.sql("SELECT count(chain_seq) FROM audit_entry").query(Long.class).single());
    }

    @Test
    void entriesWrittenBeforeThereWasAChainAreSealedInIdOrderByTheFirstRun() {
        audit.record(null, "tester", "test.first-run", "thing", "ünïcode", "ok");
        AuditSealing.awaitAllSealed(jdbc);

        // As right after migration V122: no entry sealed, the head at the start. Rolled back afterwards.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('audit_entry.seal', 0))").query(Object.class).list();
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql("UPDATE audit_entry SET chain_seq = NULL, prev_hash = NULL, hash = NULL").update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = 0, last_hash = :genesis").param("genesis", AuditTrail.GENESIS).update();
            jdbc.sql("SET LOCAL session_replication_role = origin").update();

            sealer.sealCommitted();

            AuditTrail.ChainCheck check = audit.verify();
            assertThat(check.intact()).as("chain check after the first run: %s", check).isTrue();
            assertThat(check.unsealed()).isZero();
            assertThat(check.checked()).isEqualTo(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single());
            assertThat(jdbc.sql("SELECT bool_and(chain_seq = n) FROM (SELECT chain_seq, row_number() OVER (ORDER BY id) n FROM audit_entry) s")
                    .query(Boolean.class).single()).as("in id order").isTrue();
            status.setRollbackOnly();
        });
        assertThat(audit.verify().intact()).isTrue();
    }

    private long idOf(UUID object) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE object_id = :o").param("o", object.toString()).query(Long.class).single();
    }

    private long chainSeqOf(UUID object) {
        return jdbc.sql("SELECT chain_seq FROM audit_entry WHERE object_id = :o").param("o", object.toString())
                .query(Long.class).single();
    }

    private boolean sealed(UUID object) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE object_id = :o AND chain_seq IS NOT NULL)")
                .param("o", object.toString()).query(Boolean.class).single();
    }

    private void lock(UUID process) {
        jdbc.sql("SELECT id FROM process WHERE id = :id FOR UPDATE").param("id", process).query(Object.class).list();
    }

    /** Records an entry and runs {@code statement} on it in one transaction that is rolled back. */
    private int onAnUnsealedEntry(String statement) {
        Integer changed = transactions.execute(status -> {
            UUID object = UUID.randomUUID();
            audit.record(null, "tester", "test.unsealed-update", "thing", object, "ok");
            status.setRollbackOnly();
            return jdbc.sql(statement).param("id", idOf(object)).update();
        });
        return changed == null ? 0 : changed;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A barrier that gives up (and fails the test) rather than wait forever when a writer is stuck. */
    private void await(CyclicBarrier barrier) {
        try {
            // Generous: PostgreSQL breaks a real deadlock within a second (deadlock_timeout) by failing one
            // writer, so this wait only ever runs out on a stalled machine; a busy 2-core CI machine can stall
            // for a minute.
            barrier.await(3, TimeUnit.MINUTES);
        } catch (java.util.concurrent.TimeoutException e) {
            // Once in a while a writer never gets through its first step without PostgreSQL seeing a
            // deadlock: say what every session of this database waits on, so the failure names the cause.
            throw new IllegalStateException("the other writer did not come: " + e + "; sessions: " + sessionsWaiting(), e);
        } catch (Exception e) {
            throw new IllegalStateException("the other writer did not come: " + e, e);
        }
    }

    private List<String> sessionsWaiting() {
        try {
            return sessionsOfThisDatabase();
        } catch (RuntimeException e) {
            return List.of("could not read pg_stat_activity: " + e);
        }
    }

    private List<String> sessionsOfThisDatabase() {
        return jdbc.sql("""
                SELECT pid || ' ' || coalesce(state, '-') || ' waits ' || coalesce(wait_event_type, '-') || '/'
                       || coalesce(wait_event, '-') || ' blocked by ' || pg_blocking_pids(pid)::text || ': '
                       || left(regexp_replace(coalesce(query, ''), '\\s+', ' ', 'g'), 160)
                FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                """).query(String.class).list();
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
