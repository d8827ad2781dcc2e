package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.AuditSealing;
import nl.samenspraak.platform.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

class AuditTrailPagesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired AuditTrail audit;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MessageSource messages;
    @Autowired nl.samenspraak.platform.RateLimiter limiter;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    @Test
    void aCoordinatorSeesTheirOwnCollaborationsEntriesNewestFirstAndNobodyElses() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        audit.record(a.collaboration().id(), "eerste@a.example", "test.first", "thing", null, "ok");
        audit.record(a.collaboration().id(), "tweede@a.example", "test.second", "thing", null, "ok");
        audit.record(b.collaboration().id(), "geheim@b.example", "test.other", "thing", null, "ok");

        String page = page("/beheer/" + a.collaboration().slug() + "/logboek", a.coordinatorEmail()).getContentAsString();

        assertThat(page).contains(nl("account.audit.title")).contains("tweede@a.example").doesNotContain("geheim@b.example");
        assertThat(page.indexOf("tweede@a.example")).isLessThan(page.indexOf("eerste@a.example"));
        assertThat(page("/beheer/" + a.collaboration().slug() + "/logboek", b.coordinatorEmail()).getStatus()).isEqualTo(404);
        assertThat(page("/beheer/" + a.collaboration().slug() + "/logboek/controle", b.coordinatorEmail()).getStatus()).isEqualTo(404);
        assertThat(page("/beheer/" + a.collaboration().slug() + "/logboek", a.professionalEmail()).getStatus()).isEqualTo(403);
        assertThat(page("/beheer/" + a.collaboration().slug() + "/logboek", a.viewerEmail()).getStatus()).isEqualTo(403);
        assertThat(page("/admin/logboek", a.coordinatorEmail()).getStatus()).isEqualTo(403);
    }

    @Test
    void theTrailIsPagedByEntryNumber() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        for (int i = 0; i < AuditTrailController.PAGE + 5; i++) {
            audit.record(a.collaboration().id(), "tester", "test.page", "thing", "nummer-" + i, "ok");
        }
        String first = page("/beheer/" + a.collaboration().slug() + "/logboek", a.coordinatorEmail()).getContentAsString();
        assertThat(first).contains("nummer-" + (AuditTrailController.PAGE + 4)).doesNotContain("nummer-4<");
        String older = first.replaceAll("(?s).*href=\"([^\"]*voor=\\d+)\".*", "$1");

        String second = page(older, a.coordinatorEmail()).getContentAsString();

        assertThat(second).contains("nummer-4<").contains("nummer-0<").doesNotContain("nummer-" + (AuditTrailController.PAGE + 4));
    }

    @Test
    void theCheckSaysTheChainIsWholeOrNamesTheChangedEntry() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        String check = "/beheer/" + a.collaboration().slug() + "/logboek/controle";
        assertThat(page(check, a.coordinatorEmail()).getContentAsString()).contains("De keten is heel.");

        UUID own = UUID.randomUUID();
        audit.record(a.collaboration().id(), "tester@a.example", "reimbursement.reject", "claim", own, "rejected");
        long ownId = idOf(own);
        AuditSealing.awaitAllSealed(jdbc);
        try {
            tamper("UPDATE audit_entry SET result = 'approved' WHERE id = " + ownId);
            String page = page(check, a.coordinatorEmail()).getContentAsString();
            assertThat(page).contains(nl("account.audit.broken.title"))
                    .contains(nl("account.audit.broken.CHANGED", String.valueOf(ownId))).contains("tester@a.example")
                    .contains(nl("account.audit.broken.action"));
            assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE action = 'audit.verify' AND collaboration_id = :c ORDER BY id DESC LIMIT 1")
                    .param("c", a.collaboration().id()).query(String.class).single()).isEqualTo("broken: CHANGED");
        } finally {
            tamper("UPDATE audit_entry SET result = 'rejected' WHERE id = " + ownId);
        }

        UUID others = UUID.randomUUID();
        audit.record(b.collaboration().id(), "geheim@b.example", "resident.view", "resident", others, "ok");
        long othersId = idOf(others);
        AuditSealing.awaitAllSealed(jdbc);
        try {
            tamper("UPDATE audit_entry SET actor = 'iemand-anders@b.example' WHERE id = " + othersId);
            String page = page(check, a.coordinatorEmail()).getContentAsString();
            assertThat(page).contains(nl("account.audit.broken.CHANGED", String.valueOf(othersId))).contains(nl("account.audit.broken.elsewhere"))
                    .doesNotContain("geheim@b.example").doesNotContain("iemand-anders@b.example");
        } finally {
            tamper("UPDATE audit_entry SET actor = 'geheim@b.example' WHERE id = " + othersId);
        }
        assertThat(page(check, a.coordinatorEmail()).getContentAsString()).contains("De keten is heel.");
    }

    @Test
    void checkingTooOftenIsRefusedWithAnExplanationAndLeavesNoCheckOnRecord() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        for (int i = 0; i < AuditTrailController.CHECKS_PER_WINDOW; i++) {
            limiter.tryAcquire("audit-verify:" + a.coordinatorEmail(), AuditTrailController.CHECKS_PER_WINDOW,
                    AuditTrailController.CHECK_WINDOW);
        }

        var response = page("/beheer/" + a.collaboration().slug() + "/logboek/controle", a.coordinatorEmail());

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentAsString()).contains(nl("account.audit.checkedTooOften"))
                .doesNotContain("De keten is heel.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'audit.verify' AND actor = :a")
                .param("a", a.coordinatorEmail()).query(Long.class).single()).isZero();
    }

    @Test
    void thePlatformAdministratorSeesAndChecksEveryEntry() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        var b = fixtures.aCollaborationWithStaff();
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        audit.record(a.collaboration().id(), "iemand@a.example", "test.admin", "thing", null, "ok");
        audit.record(b.collaboration().id(), "iemand@b.example", "test.admin", "thing", null, "ok");

        String page = page("/admin/logboek", admin).getContentAsString();
        assertThat(page).contains(nl("account.audit.titlePlatform")).contains("iemand@a.example").contains("iemand@b.example")
                .contains(b.collaboration().name());
        AuditSealing.awaitAllSealed(jdbc);
        String check = page("/admin/logboek/controle", admin).getContentAsString();
        assertThat(check).contains("De keten is heel.");
        // The newest entry checked is one of the last ones sealed (more may have been sealed since), and its hash is shown to keep.
        var newest = jdbc.sql("SELECT id, hash FROM audit_entry WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 20")
                .query((rs, n) -> nl("account.audit.newestHash", String.valueOf(rs.getLong(1)), rs.getString(2))).list();
        assertThat(newest).anyMatch(check::contains);
    }

    @Test
    void theCheckCountsEntriesNotSealedYetAndReportsOneWaitingTooLong() throws Exception {
        var a = fixtures.aCollaborationWithStaff();
        String admin = AdminFixtures.aPlatformAdmin(accounts);
        String check = "/beheer/" + a.collaboration().slug() + "/logboek/controle";
        AuditSealing.whileSealerPaused(dataSource, () -> {
            audit.record(a.collaboration().id(), "tester@a.example", "test.unsealed", "thing", null, "ok");
            long unsealed = jdbc.sql("SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL").query(Long.class).single();
            String page = content(check, a.coordinatorEmail());
            assertThat(page).contains("De keten is heel.").contains(nl("account.audit.unsealed", unsealed))
                    .doesNotContain(nl("account.audit.overdue.title"));

            // Written two minutes ago by the application's clock, and still not sealed.
            long overdue = jdbc.sql("""
                    INSERT INTO audit_entry (collaboration_id, actor, action, object_type, result, at)
                    VALUES (:c, 'tester@a.example', 'test.unsealed', 'thing', 'ok', :at) RETURNING id
                    """).param("c", a.collaboration().id())
                    .param("at", Timestamp.from(clock.instant().minus(Duration.ofMinutes(2)))).query(Long.class).single();
            page = content(check, a.coordinatorEmail());
            assertThat(page).contains("De keten is heel.").contains(nl("account.audit.overdue.title"))
                    .contains(nl("account.audit.overdue", String.valueOf(overdue))).contains(nl("account.audit.broken.action"));
            assertThat(content("/admin/logboek/controle", admin)).contains(nl("account.audit.overdue", String.valueOf(overdue)))
                    .contains(nl("account.audit.overdue.actionAdmin"));
        });
        AuditSealing.awaitAllSealed(jdbc);
        assertThat(content(check, a.coordinatorEmail())).contains("De keten is heel.")
                .doesNotContain(nl("account.audit.overdue.title"));
    }

    private String content(String path, String email) {
        try {
            return page(path, email).getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletResponse page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)).locale(Locale.forLanguageTag("nl"))).andReturn().getResponse();
    }

    private String nl(String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag("nl"));
    }

    private long idOf(UUID object) {
        return jdbc.sql("SELECT id FROM audit_entry WHERE object_id = :o").param("o", object.toString()).query(Long.class).single();
    }

    /** As someone with the database superuser's password would: triggers off for one transaction. */
    private void tamper(String statement) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(statement).update();
        });
    }
}
