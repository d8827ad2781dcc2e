package nl.samenspraak.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
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
        String check = page("/admin/logboek/controle", admin).getContentAsString();
        assertThat(check).contains("De keten is heel.");
        // The newest entry checked is the one just before this check's own entry, and its hash is shown to keep.
        var newest = jdbc.sql("""
                SELECT id, hash FROM audit_entry WHERE id < (SELECT max(id) FROM audit_entry WHERE action = 'audit.verify' AND actor = :a)
                ORDER BY id DESC LIMIT 1
                """).param("a", admin).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        assertThat(check).contains(nl("account.audit.newestHash", String.valueOf(newest[0]), newest[1]));
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
