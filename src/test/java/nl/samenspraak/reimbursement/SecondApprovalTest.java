package nl.samenspraak.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 9, item 6: one coordinator alone cannot both make and release a payment when there is a second one. */
class SecondApprovalTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired Decisions decisions;
    @Autowired Payments payments;
    @Autowired StaffAccounts staff;
    @Autowired Collaborations collaborations;
    @Autowired JdbcClient jdbc;

    @Test
    void aBatchOfOneCoordinatorWaitsUntilAnotherApprovesItAndOnlyThenPaysAndDownloads() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        String anna = world.coordinatorEmail();
        String bert = secondCoordinator(world);
        UUID claim = anApprovedClaimWithAccount(world);

        String made = mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(anna)).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(made).endsWith("?wacht");
        PaymentBatch batch = payments.batches(c, null, 1).getFirst();
        assertThat(batch.approved()).isFalse();
        assertThat(claims.find(c, claim).orElseThrow().batchId()).as("not paid before approval").isNull();
        assertThat(status(get("/beheer/{slug}/vergoedingen/betalingen/{id}/sepa", slug, batch.id()).with(as(anna))))
                .isEqualTo(404);
        assertThat(status(get("/beheer/{slug}/vergoedingen/betalingen/{id}/csv", slug, batch.id()).with(as(bert))))
                .isEqualTo(404);

        String annasPage = page(slug, anna);
        assertThat(annasPage).contains("Wacht op goedkeuring", "U maakte dit bestand. Een andere coördinator moet het goedkeuren.")
                .doesNotContain("/goedkeuren").doesNotContain("/sepa");

        MockHttpServletResponse own = mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen/{id}/goedkeuren", slug,
                batch.id()).with(as(anna)).with(csrf())).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(own.getContentAsString(StandardCharsets.UTF_8))
                .contains("U maakte betaalbestand " + batch.reference() + " zelf. Een andere coördinator moet het goedkeuren.");
        MockHttpServletResponse ownEn = mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen/{id}/goedkeuren", slug,
                batch.id()).param("lang", "en").with(as(anna)).with(csrf())).andReturn().getResponse();
        assertThat(ownEn.getContentAsString(StandardCharsets.UTF_8))
                .contains("You made payment file " + batch.reference() + " yourself.");
        assertThat(payments.batch(c, batch.id()).orElseThrow().approved()).as("refusal changes nothing").isFalse();
        assertThat(status(post("/beheer/{slug}/vergoedingen/betalingen/{id}/goedkeuren", slug, batch.id())
                .with(as(world.professionalEmail())).with(csrf()))).isEqualTo(403);

        assertThat(page(slug, bert)).contains("/betalingen/" + batch.id() + "/goedkeuren");
        assertThat(mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen/{id}/goedkeuren", slug, batch.id())
                .with(as(bert)).with(csrf())).andReturn().getResponse().getRedirectedUrl()).endsWith("?goedgekeurd");

        PaymentBatch approved = payments.batch(c, batch.id()).orElseThrow();
        assertThat(approved.approved()).isTrue();
        assertThat(approved.secondCheck()).isTrue();
        assertThat(approved.approvedBy()).isEqualTo(bert);
        assertThat(claims.find(c, claim).orElseThrow().batchId()).isEqualTo(batch.id());
        assertThat(status(get("/beheer/{slug}/vergoedingen/betalingen/{id}/sepa", slug, batch.id()).with(as(anna))))
                .isEqualTo(200);
        assertThat(page(slug, anna)).contains("Goedgekeurd door " + bert);
        assertThat(status(post("/beheer/{slug}/vergoedingen/betalingen/{id}/goedkeuren", slug, batch.id())
                .with(as(bert)).with(csrf()))).as("approved once").isEqualTo(422);

        assertThat(audit(batch.id())).containsExactly(
                anna + " reimbursement.export 1 claims; waits for a second coordinator",
                bert + " reimbursement.batch.approve approved by a second coordinator",
                anna + " reimbursement.download.sepa downloaded");
    }

    @Test
    void aResidentErasedWhileTheBatchWaitsIsWithdrawnNotPaid() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String bert = secondCoordinator(world);
        UUID claim = anApprovedClaimWithAccount(world);
        mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", world.collaboration().slug())
                .with(as(world.coordinatorEmail())).with(csrf()));
        PaymentBatch batch = payments.batches(c, null, 1).getFirst();

        context.getBean(ClaimDataHolder.class).erase(new nl.samenspraak.resident.ResidentIdentity(c,
                claims.find(c, claim).orElseThrow().residentId(), null, null));
        payments.approve(c, batch.id(), staff.idByEmail(bert).orElseThrow(), bert);

        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(payments.claimsOf(payments.batch(c, batch.id()).orElseThrow())).isEmpty();
    }

    @Test
    void withOneCoordinatorTheBatchIsReadyAtOnceAndSaysNobodyElseCheckedIt() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        anApprovedClaimWithAccount(world);

        assertThat(mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(world.coordinatorEmail()))
                .with(csrf())).andReturn().getResponse().getRedirectedUrl()).endsWith("?klaar");

        PaymentBatch batch = payments.batches(world.collaboration().id(), null, 1).getFirst();
        assertThat(batch.approved()).isTrue();
        assertThat(batch.secondCheck()).isFalse();
        assertThat(page(slug, world.coordinatorEmail())).contains("Niemand anders heeft dit bestand gecontroleerd.")
                .contains("/betalingen/" + batch.id() + "/sepa");
        assertThat(audit(batch.id())).containsExactly(
                world.coordinatorEmail() + " reimbursement.export 1 claims; approved by its maker, no second check");
    }

    @Test
    void withTheSettingOffASecondCoordinatorIsNotNeededAndTheAdministratorSwitchesIt() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        secondCoordinator(world);
        anApprovedClaimWithAccount(world);
        String admin = "beheerder-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example";
        staff.create(admin, "Beheerder", Fixtures.PASSWORD, true, "test");
        assertThat(collaborations.paymentFourEyes(c)).as("on by default").isTrue();
        assertThat(mvc.perform(get("/admin/samenwerkingsverbanden/{slug}/bewerken", slug).with(as(admin)))
                .andReturn().getResponse().getContentAsString()).containsPattern("<input type=\"checkbox\" id=\"paymentFourEyes\"[^>]*checked=\"checked\"");

        // The box left unticked switches it off; coordinators cannot reach this page.
        assertThat(status(post("/admin/samenwerkingsverbanden/{slug}/bewerken", slug).param("name", "Samen Gezond")
                .param("region", "Regio").with(as(world.coordinatorEmail())).with(csrf()))).isEqualTo(403);
        mvc.perform(post("/admin/samenwerkingsverbanden/{slug}/bewerken", slug).param("name", "Samen Gezond")
                .param("region", "Regio").param("description", "").param("targetGroups", "ouderen")
                .with(as(admin)).with(csrf()));
        assertThat(collaborations.paymentFourEyes(c)).isFalse();
        assertThat(jdbc.sql("SELECT actor || ' ' || result FROM audit_entry WHERE action = 'collaboration.payment-four-eyes'"
                + " AND collaboration_id = :c").param("c", c).query(String.class).list()).containsExactly(admin + " off");

        mvc.perform(post("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(world.coordinatorEmail())).with(csrf()));
        PaymentBatch batch = payments.batches(c, null, 1).getFirst();
        assertThat(batch.approved()).isTrue();
        assertThat(batch.secondCheck()).isFalse();

        mvc.perform(post("/admin/samenwerkingsverbanden/{slug}/bewerken", slug).param("name", "Samen Gezond")
                .param("region", "Regio").param("description", "").param("targetGroups", "ouderen")
                .param("paymentFourEyes", "true").with(as(admin)).with(csrf()));
        assertThat(collaborations.paymentFourEyes(c)).isTrue();
    }

    private String secondCoordinator(Fixtures.World world) {
        String email = "tweede-coordinator@" + world.collaboration().slug() + ".example";
        staff.grant(staff.create(email, "Bert Tweede", Fixtures.PASSWORD, false, "test"), world.collaboration().id(),
                Role.COORDINATOR, "test");
        return email;
    }

    private UUID anApprovedClaimWithAccount(Fixtures.World world) {
        UUID c = world.collaboration().id();
        UUID claim = claims.submit(c, ClaimFixtures.aResident(context, c),
                ClaimFixtures.travelByCar("10", today().minusDays(2)), null);
        decisions.approve(c, claim, false, world.coordinatorEmail());
        payments.saveAccount(c, "Stichting Samen Gezond", ClaimFixtures.OTHER_IBAN, "INGBNL2A", world.coordinatorEmail());
        return claim;
    }

    private String page(String slug, String email) throws Exception {
        return mvc.perform(get("/beheer/{slug}/vergoedingen/betalingen", slug).with(as(email)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> audit(UUID batch) {
        return jdbc.sql("SELECT actor || ' ' || action || ' ' || result FROM audit_entry WHERE object_id = :b ORDER BY id")
                .param("b", batch.toString()).query(String.class).list();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
