package nl.samenspraak.pool.internal;

import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.FormBrowser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff propose a commitment, the resident agrees through a link, either side ends it, staff are reminded once. */
class CommitmentsTest extends IntegrationTest {

    static final Pattern LINK = Pattern.compile("/afspraak/([A-Za-z0-9_-]+)");

    @Autowired PoolJoining joining;
    @Autowired CommitmentProposals proposals;
    @Autowired CommitmentSteps steps;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Commitments commitments;
    @Autowired CommitmentReminders reminders;
    @Autowired JdbcClient jdbc;

    @Test
    void residentAgreesThroughTheLinkAndLaterEndsItAndTheContactPersonHearsOfBoth() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        var member = joining.join(c, PoolData.byEmail("Henk Verbinder"), PoolData.anOpenProfile(), true);

        var proposed = mvc.perform(post("/beheer/{slug}/afspraken/nieuw", slug).with(as(world.professionalEmail())).with(csrf())
                        .param("member", member.memberId().toString()).param("role", "NEIGHBOURHOOD_CONNECTOR")
                        .param("startsOn", today().toString()).param("endsOn", today().plusYears(1).toString())
                        .param("hoursPerMonth", "8").param("support", "Een maandelijks gesprek met uw contactpersoon.")
                        .param("training", "De cursus buurtverbinder, vier avonden.").param("reimbursement", "")
                        .param("contact", world.coordinatorId().toString())
                        .param("expected", "U bent het aanspreekpunt in uw buurt. U komt naar het buurtoverleg.")
                        // Words such as "buurtverbinder" are above B1 for the checker; the proposal is sent on purpose.
                        .param("plainLanguageConfirmed", "true"))
                .andReturn().getResponse();
        assertThat(proposed.getStatus()).isEqualTo(302);
        Commitment commitment = commitments.ofMember(c, member.memberId()).getFirst();
        assertThat(commitment.status()).isEqualTo(Commitment.Status.PROPOSED);
        String token = link(c, "Voorstel voor een afspraak%");

        FormBrowser browser = new FormBrowser(baseUrl(), "10.92.0.1");
        HttpResponse<String> page = browser.get("/afspraak/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Buurtverbinder", "De cursus buurtverbinder, vier avonden.", "Niets afgesproken",
                "ongeveer 8 uur per maand");
        HttpResponse<String> agreed = browser.post("/afspraak/" + token, Map.of("action", List.of("agree")));
        assertThat(agreed.statusCode()).isEqualTo(303);
        assertThat(commitments.find(c, commitment.id()).orElseThrow().status()).isEqualTo(Commitment.Status.ACTIVE);
        assertThat(mailsTo(world.coordinatorEmail(), "Inwoner gaat akkoord%")).isEqualTo(1);

        HttpResponse<String> again = browser.post("/afspraak/" + token, Map.of("action", List.of("agree")));
        assertThat(again.statusCode()).as("agreeing twice changes nothing").isEqualTo(422);

        HttpResponse<String> ended = browser.post("/afspraak/" + token,
                Map.of("action", List.of("end"), "reason", List.of("Ik ga verhuizen.")));
        assertThat(ended.statusCode()).isEqualTo(303);
        Commitment after = commitments.find(c, commitment.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(Commitment.Status.ENDED);
        assertThat(after.endedByResident()).isTrue();
        assertThat(after.endReason()).isEqualTo("Ik ga verhuizen.");
        assertThat(mailsTo(world.coordinatorEmail(), "Inwoner stopt%")).isEqualTo(1);
        String staffPage = mvc.perform(get("/beheer/{slug}/afspraken/{id}", slug, commitment.id())
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("Gestopt").contains("Ik ga verhuizen.");
    }

    @Test
    void staffCanEndACommitmentAndTheResidentIsTold() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Els Klankbord"), PoolData.anOpenProfile(), true);
        UUID id = proposals.propose(c, form(member.memberId(), world.coordinatorId(), today(), today().plusMonths(6)), "test");
        String email = jdbc.sql("SELECT email FROM resident WHERE id = :r").param("r", member.residentId())
                .query(String.class).single();

        var response = mvc.perform(post("/beheer/{slug}/afspraken/{id}/beeindigen", world.collaboration().slug(), id)
                .param("reason", "De klankbordgroep stopt.").with(as(world.professionalEmail())).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(commitments.find(c, id).orElseThrow().status()).isEqualTo(Commitment.Status.ENDED);
        assertThat(mailsTo(email, "Uw afspraak is gestopt%")).isEqualTo(1);
        var viewer = mvc.perform(post("/beheer/{slug}/afspraken/{id}/beeindigen", world.collaboration().slug(), id)
                .with(as(world.viewerEmail())).with(csrf())).andReturn().getResponse();
        assertThat(viewer.getStatus()).isEqualTo(403);
    }

    @Test
    void rejectsAProposalWithoutWhatIsExpectedAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Piet Leeg"), PoolData.anOpenProfile(), true);

        var response = mvc.perform(post("/beheer/{slug}/afspraken/nieuw", world.collaboration().slug())
                        .with(as(world.professionalEmail())).with(csrf())
                        .param("member", member.memberId().toString()).param("role", "OTHER")
                        .param("startsOn", today().toString()).param("endsOn", today().minusDays(1).toString())
                        .param("hoursPerMonth", "4").param("contact", world.coordinatorId().toString()).param("expected", " "))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Schrijf op welke rol het is.",
                "De einddatum moet na de begindatum liggen", "Schrijf op wat u van de inwoner vraagt.");
        assertThat(commitments.ofMember(c, member.memberId())).isEmpty();
    }

    @Test
    void remindsCoordinatorsOnceThirtyDaysBeforeTheEnd() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Rik Bestuur"), PoolData.anOpenProfile(), true);
        LocalDate end = today().plusDays(45);
        UUID id = proposals.propose(c, form(member.memberId(), world.coordinatorId(), today(), end), "test");
        steps.agree(c, CommitmentId.of(id), MemberId.of(member.memberId()));

        reminders.sendFor(end.minusDays(31));
        assertThat(mailsTo(world.coordinatorEmail(), "Afspraak loopt bijna af%")).as("31 days before").isZero();
        reminders.sendFor(end.minusDays(30));
        reminders.sendFor(end.minusDays(29));
        assertThat(mailsTo(world.coordinatorEmail(), "Afspraak loopt bijna af%")).as("once").isEqualTo(1);
        assertThat(mailsTo(world.professionalEmail(), "Afspraak loopt bijna af%")).as("only coordinators").isZero();
        assertThat(commitments.find(c, id).orElseThrow().reminderSentAt()).isNotNull();
    }

    static CommitmentForm form(UUID member, UUID contact, LocalDate start, LocalDate end) {
        return new CommitmentForm(member.toString(), "SOUNDING_BOARD", "", start.toString(), end.toString(), "4",
                "Koffie en een reiskostenvergoeding.", "", "Reiskosten", contact.toString(),
                "U komt elke maand naar de klankbordgroep.");
    }

    private long mailsTo(String email, String subject) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :e AND subject LIKE :s")
                .param("e", email).param("s", subject).query(Long.class).single();
    }

    private String link(UUID c, String subject) {
        String body = jdbc.sql("SELECT body FROM outbox_mail WHERE collaboration_id = :c AND subject LIKE :s")
                .param("c", c).param("s", subject).query(String.class).single();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
