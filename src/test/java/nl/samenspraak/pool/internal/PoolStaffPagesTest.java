package nl.samenspraak.pool.internal;

import nl.samenspraak.pool.MemberId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff add residents after a conversation, with the consent written down, and open members under audit. */
class PoolStaffPagesTest extends IntegrationTest {

    @Autowired PoolJoining joining;
    @Autowired Consents consents;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired JdbcClient jdbc;

    @Test
    void staffAddAResidentAfterAConversationAndTheConsentRecordSaysHowWhenAndByWhom() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        LocalDate talkedOn = today().minusDays(2);

        var response = mvc.perform(addForm(world.collaboration().slug()).with(as(world.professionalEmail()))
                        .param("name", "Kees Brief").param("postalAddress", "Dorpsstraat 1\n1791 AA Den Burg")
                        .param("contactBy", "POST").param("consentHow", "PAPER_FORM").param("consentOn", talkedOn.toString()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        UUID memberId = UUID.fromString(response.getRedirectedUrl().replaceAll(".*/leden/([^?]+).*", "$1"));
        Member member = members.find(c, memberId).orElseThrow();
        assertThat(member.joinedVia()).isEqualTo("STAFF");
        assertThat(consents.record(MemberId.of(memberId))).allSatisfy(consent -> {
            assertThat(consent.how()).isEqualTo(ConsentHow.PAPER_FORM);
            assertThat(consent.givenOn()).isEqualTo(talkedOn);
            assertThat(consent.recordedBy()).isEqualTo(world.professionalEmail());
        });
        assertThat(consents.current(MemberId.of(memberId))).containsEntry(Purpose.INVITATIONS, true);
        assertThat(jdbc.sql("SELECT channel FROM resident_participation WHERE resident_id = :r")
                .param("r", member.residentId()).query(String.class).single()).isEqualTo("PAPER");
        assertThat(jdbc.sql("SELECT count(*) FROM resident_message WHERE resident_id = :r AND channel = 'POST'")
                .param("r", member.residentId()).query(Long.class).single()).as("a welcome letter with the link").isEqualTo(1);

        String page = mvc.perform(get("/beheer/{slug}/inwonerpool/leden/{id}", world.collaboration().slug(), memberId)
                .with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kees Brief", "op een papieren formulier", world.professionalEmail());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'personal-data.view' AND actor = :a AND object_id = :m")
                .param("a", world.professionalEmail()).param("m", memberId.toString()).query(Long.class).single()).isEqualTo(1);
        // A viewer reads the member's profile, but not who it is.
        String viewed = mvc.perform(get("/beheer/{slug}/inwonerpool/leden/{id}", world.collaboration().slug(), memberId)
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(viewed).contains("op een papieren formulier").doesNotContain("Kees Brief");

        String list = mvc.perform(get("/beheer/{slug}/inwonerpool", world.collaboration().slug()).param("thema", "LONELINESS")
                .with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Kees Brief");
        assertThat(mvc.perform(get("/beheer/{slug}/inwonerpool", world.collaboration().slug()).param("thema", "LONELINESS")
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString()).doesNotContain("Kees Brief");
        String otherTheme = mvc.perform(get("/beheer/{slug}/inwonerpool", world.collaboration().slug()).param("thema", "HOUSING")
                .with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(otherTheme).doesNotContain("Kees Brief");
    }

    @Test
    void rejectsAStaffAdditionWithoutHowConsentWasGivenAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        var response = mvc.perform(addForm(world.collaboration().slug()).with(as(world.professionalEmail()))
                        .param("name", "Zonder Toestemming").param("phone", "0612345678").param("contactBy", "PHONE")
                        .param("consentHow", "ONLINE").param("consentOn", today().plusDays(3).toString()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Kies hoe de inwoner toestemming gaf.",
                "Vul een datum in. Die mag niet in de toekomst liggen", "value=\"Zonder Toestemming\"");
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query(Long.class).single()).isZero();
        assertThat(mvc.perform(addForm(world.collaboration().slug()).with(as(world.viewerEmail()))).andReturn()
                .getResponse().getStatus()).as("a viewer may not add").isEqualTo(403);
    }

    @Test
    void staffPickAnExistingResidentInsteadOfTypingTheirDetailsAgain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var joined = joining.join(c, PoolData.byEmail("Dubbel Lid"), PoolData.anOpenProfile(), false);

        String search = mvc.perform(get("/beheer/{slug}/inwonerpool/nieuw", world.collaboration().slug())
                .param("zoek", "dubbel").with(as(world.professionalEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("Kies Dubbel Lid");
        var response = mvc.perform(addForm(world.collaboration().slug()).with(as(world.professionalEmail()))
                        .param("resident", joined.residentId().toString()).param("consentHow", "IN_PERSON")
                        .param("consentOn", today().toString()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Deze inwoner staat al in de inwonerpool.");
    }

    private static MockHttpServletRequestBuilder addForm(String slug) {
        return post("/beheer/{slug}/inwonerpool/nieuw", slug).with(csrf())
                .param("interests", "LONELINESS").param("energy", "LIVED_EXPERIENCE").param("hoursPerMonth", "4")
                .param("days", "MONDAY", "FRIDAY").param("dayParts", "AFTERNOON").param("maxAsksPerMonth", "1")
                .param("ways", "IN_PERSON").param("consentInvitations", "true").param("language", "nl");
    }
}
