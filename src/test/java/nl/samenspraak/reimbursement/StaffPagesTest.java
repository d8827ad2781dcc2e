package nl.samenspraak.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** Staff pages: deciding with a warning, receipts served safely, claims typed over from paper, links given. */
class StaffPagesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired JdbcClient jdbc;

    @Test
    void coordinatorSeesTheLimitWarningAndMustConfirmBeforeApproving() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID resident = ClaimFixtures.aResident(context, c);
        UUID claim = claims.submit(c, resident, ClaimFixtures.allowance("250", LocalDate.of(2025, 6, 2)), null);

        String list = mvc.perform(get("/beheer/{slug}/vergoedingen", slug).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Ans de Vries").contains("€ 250,00").contains("Beoordelen");

        String page = mvc.perform(get("/beheer/{slug}/vergoedingen/{id}", slug, claim).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("De grens per maand is € 210,00. Met deze declaratie komt de inwoner € 40,00 boven die grens.")
                .contains("De grens per jaar is € 2.100,00.");

        String refused = mvc.perform(post("/beheer/{slug}/vergoedingen/{id}/goedkeuren", slug, claim)
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Vink aan dat u dat weet").contains("confirmOverLimit-fout");
        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);

        mvc.perform(post("/beheer/{slug}/vergoedingen/{id}/goedkeuren", slug, claim).param("confirmOverLimit", "true")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void rejectingWithoutAReasonKeepsTheClaimOpenAndOnlyCoordinatorsDecide() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID claim = claims.submit(c, ClaimFixtures.aResident(context, c),
                ClaimFixtures.travelByCar("10", today().minusDays(1)), null);
        String page = mvc.perform(post("/beheer/{slug}/vergoedingen/{id}/afwijzen", slug, claim).param("reason", " ")
                        .with(as(world.coordinatorEmail())).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Schrijf op waarom u de declaratie afwijst").contains("reason-fout");
        mvc.perform(post("/beheer/{slug}/vergoedingen/{id}/afwijzen", slug, claim).param("reason", "Dubbel ingediend")
                        .with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/{slug}/vergoedingen", slug).with(as(world.viewerEmail()))).andExpect(status().isForbidden());
        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void receiptIsServedAsAnAuditedDownloadWithItsDetectedType() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID claim = claims.submit(c, ClaimFixtures.aResident(context, c),
                ClaimFixtures.ticketWithReceipt("3.40", today().minusDays(1)), null);
        mvc.perform(get("/beheer/{slug}/vergoedingen/{id}/bon", world.collaboration().slug(), claim)
                        .with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'reimbursement.receipt.view' AND object_id = :id")
                .param("id", claim.toString()).query(String.class).list()).containsExactly(world.professionalEmail());
    }

    @Test
    void professionalTypesOverAPaperClaimForAResidentWithTheFormToken() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID resident = ClaimFixtures.aResident(context, c);
        String search = mvc.perform(get("/beheer/{slug}/vergoedingen/nieuw", slug).param("zoek", "ans de vries")
                .with(as(world.professionalEmail()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("inwoner=" + resident);

        var paper = multipart("/beheer/{slug}/vergoedingen/nieuw", slug)
                .file(new MockMultipartFile("receipt", "scan.pdf", "application/pdf", ClaimFixtures.pdf()))
                .param("residentId", resident.toString()).param("kind", "TRAVEL_KM").param("activity", "Wijkoverleg")
                .param("activityDate", "3-2-2025").param("kilometres", "18,4").param("iban", "nl20 ingb 0001 2345 67")
                .param("accountHolder", "K. Jansen");
        mvc.perform(paper.with(as(world.professionalEmail()))).andExpect(status().isForbidden());
        mvc.perform(paper.with(as(world.professionalEmail())).with(csrf())).andExpect(status().is3xxRedirection());
        Claim claim = claims.ofResident(c, resident).getFirst();
        assertThat(claim.amount()).isEqualByComparingTo("4.23");
        assertThat(claim.submittedBy()).isEqualTo(world.professionalEmail());
        assertThat(claim.iban()).isEqualTo(ClaimFixtures.OTHER_IBAN);
        assertThat(claim.hasReceipt()).isTrue();
    }

    @Test
    void aClaimLinkGoesOnlyToTheResidentsOwnPostOrMailNeverToTheStaffScreen() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID resident = ClaimFixtures.aResidentByPost(context, c);
        var result = mvc.perform(post("/beheer/{slug}/vergoedingen/declaratielink", slug)
                        .param("residentId", resident.toString()).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((java.util.Map<String, Object>) result.getFlashMap()).containsEntry("delivery", "LETTER_QUEUED").doesNotContainKey("link");
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).flashAttrs(result.getFlashMap())
                .with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("De inwoner wil een brief", "U ziet de link zelf niet").doesNotContainPattern("/declaratie/[A-Za-z0-9_-]{20,}");
        String letter = jdbc.sql("SELECT body FROM resident_message WHERE resident_id = :r").param("r", resident)
                .query(String.class).single();
        var link = java.util.regex.Pattern.compile("/declaratie/([A-Za-z0-9_-]{20,})").matcher(letter);
        assertThat(link.find()).as("the letter carries the link").isTrue();
        assertThat(letter).contains("Do not give the link to others");
        assertThat(mvc.perform(get("/declaratie/{token}", link.group(1))).andReturn().getResponse().getStatus()).isEqualTo(200);

        UUID byPhone = context.getBean(nl.samenspraak.resident.Residents.class).register(c, new nl.samenspraak.resident
                .ResidentDetails("Piet Bel", null, "0612345678", null, nl.samenspraak.resident.ContactChannel.PHONE, "nl"));
        var refused = mvc.perform(post("/beheer/{slug}/vergoedingen/declaratielink", slug)
                        .param("residentId", byPhone.toString()).with(as(world.professionalEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((java.util.Map<String, Object>) refused.getFlashMap()).containsEntry("delivery", "NO_LINK");
        assertThat(jdbc.sql("SELECT count(*) FROM resident_link WHERE resident_id = :r").param("r", byPhone)
                .query(Long.class).single()).as("no link that staff would have to read out").isZero();

        mvc.perform(post("/beheer/{slug}/vergoedingen/declaratielink", slug).param("residentId", UUID.randomUUID().toString())
                .with(as(world.professionalEmail())).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void totalsShowAllowancesAgainstTheLimitsAndTravelApart() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID resident = ClaimFixtures.aResident(context, c);
        var decisions = context.getBean(Decisions.class);
        decisions.approve(c, claims.submit(c, resident, ClaimFixtures.allowance("220", LocalDate.of(2025, 3, 1)), null), true, "t");
        decisions.approve(c, claims.submit(c, resident, ClaimFixtures.travelByCar("100", LocalDate.of(2025, 3, 2)), null), false, "t");
        String page = mvc.perform(get("/beheer/{slug}/vergoedingen/totalen", world.collaboration().slug()).param("jaar", "2025")
                .with(as(world.coordinatorEmail()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("€ 220,00").contains("maart: € 220,00").contains("€ 23,00")
                .contains("Nee, een maand is te hoog");
    }
}
