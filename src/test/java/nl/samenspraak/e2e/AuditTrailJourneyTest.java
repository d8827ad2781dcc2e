package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import nl.samenspraak.Fixtures;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.platform.AuditSealing;
import nl.samenspraak.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator reads the collaboration's audit trail, pages back, and checks the chain:
 * whole at first, then with an entry that waits too long for its seal, then broken after
 * someone changed an entry in the database behind the application's back; a platform administrator does the same for the whole platform.
 * Keyboard only, axe after every step, and once at phone width.
 */
class AuditTrailJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired AuditTrail audit;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    @Test
    void aCoordinatorReadsTheTrailAndSeesTheCheckFindAChangedEntry() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID claim = UUID.randomUUID();
        audit.record(world.collaboration().id(), world.professionalEmail(), "reimbursement.reject", "reimbursement_claim",
                claim, "rejected");
        for (int i = 0; i < 55; i++) {
            audit.record(world.collaboration().id(), world.coordinatorEmail(), "resident.view", "resident", UUID.randomUUID(), "ok");
        }
        long changed = jdbc.sql("SELECT id FROM audit_entry WHERE object_id = :o").param("o", claim.toString())
                .query(Long.class).single();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        tabAndEnter(link(world.collaboration().name()));
        tabAndEnter(link(message("account.audit.dashboardLink")));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/logboek");
        assertThat(heading()).isEqualTo(message("account.audit.title"));
        assertThat(pageText()).contains("resident.view").doesNotContain("reimbursement.reject");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(link(message("account.audit.more")));
        assertThat(pageText()).contains("reimbursement.reject").contains(world.professionalEmail());
        assertNoAxeViolations();

        tabAndEnter(button(message("account.audit.verify")));
        assertThat(currentPath()).startsWith("/beheer/" + slug + "/logboek/controle");
        assertThat(driver.findElement(By.id("keten")).getText()).startsWith("De keten is heel.")
                .contains(message("account.audit.newestHash", "", "").substring(0, 20));
        assertNoAxeViolations();

        // An entry that has waited two minutes for its seal (the sealer held off) is a finding.
        AuditSealing.whileSealerPaused(dataSource, () -> {
            long overdue = jdbc.sql("""
                    INSERT INTO audit_entry (collaboration_id, actor, action, object_type, result, at)
                    VALUES (:c, 'tester@example.org', 'test.unsealed', 'thing', 'ok', :at) RETURNING id
                    """).param("c", world.collaboration().id())
                    .param("at", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2)))).query(Long.class).single();
            tabAndEnter(button(message("account.audit.verify")));
            assertThat(driver.findElement(By.id("keten")).getText()).startsWith("De keten is heel.");
            assertThat(driver.findElement(By.id("verzegeling")).getText())
                    .contains(message("account.audit.overdue.title"))
                    .contains(message("account.audit.overdue", String.valueOf(overdue)));
            assertNoAxeViolations();
            assertFitsAPhone();
        });

        try {
            // Changed after its seal, or the sealer would simply seal the changed entry.
            AuditSealing.awaitAllSealed(jdbc);
            tamper("UPDATE audit_entry SET result = 'approved' WHERE id = " + changed);
            tabAndEnter(button(message("account.audit.verify")));
            String report = driver.findElement(By.id("keten")).getText();
            assertThat(report).contains(message("account.audit.broken.title"))
                    .contains(message("account.audit.broken.CHANGED", String.valueOf(changed)))
                    .contains(world.professionalEmail()).contains(message("account.audit.broken.action"));
            assertNoAxeViolations();
            assertFitsAPhone();
        } finally {
            tamper("UPDATE audit_entry SET result = 'rejected' WHERE id = " + changed);
        }
    }

    @Test
    void thePlatformAdministratorChecksTheWholePlatformsChain() {
        String admin = "beheer-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
        accounts.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");

        logIn(admin, Fixtures.PASSWORD);
        open("/admin");
        tabAndEnter(link(message("account.audit.adminLink")));
        assertThat(currentPath()).isEqualTo("/admin/logboek");
        assertThat(heading()).isEqualTo(message("account.audit.titlePlatform"));
        // The administrator's own login is in the trail.
        assertThat(pageText()).contains("login.success").contains(admin);
        assertNoAxeViolations();

        tabAndEnter(button(message("account.audit.verify")));
        assertThat(driver.findElement(By.id("keten")).getText()).startsWith("De keten is heel.");
        assertNoAxeViolations();
        assertFitsAPhone();
    }

    /** As someone with the database superuser's password: triggers off for one transaction. */
    private void tamper(String statement) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(statement).update();
        });
    }
}
