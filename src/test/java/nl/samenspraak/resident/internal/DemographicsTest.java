package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Voluntary answers are stored only with an explicit yes, and the resident can take them back. */
class DemographicsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Demographics demographics;

    @Test
    void answersWithoutConsentAreRefusedAndNothingIsStored() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails("Ans", "ans@example.org", null, null, ContactChannel.EMAIL, "nl"));
        String token = residents.issueLink(c, r, "demographics", null, Duration.ofDays(30));

        MockHttpServletResponse refused = mvc.perform(post("/wie-doet-mee/{t}", token).param("ageGroup", "A75")
                .param("gender", "WOMAN").with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("nog geen toestemming", "consent-fout", "aria-invalid=\"true\"",
                "id=\"ageGroup-A75\"\n               checked=\"checked\"");
        assertThat(demographics.find(c, r)).isEmpty();
    }

    @Test
    void aWrongPostcodeIsNamedAndNothingIsStored() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));
        String token = residents.issueLink(c, r, "demographics", null, Duration.ofDays(30));

        MockHttpServletResponse refused = mvc.perform(post("/wie-doet-mee/{t}", token).param("postcodeArea", "0123")
                .param("consent", "ja").with(csrf())).andReturn().getResponse();
        MockHttpServletResponse madeUp = mvc.perform(post("/wie-doet-mee/{t}", token).param("income", "RICH")
                .param("incomeGroup", "<script>").param("consent", "ja").with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(madeUp.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("4 cijfers van uw postcode");
        assertThat(demographics.find(c, r)).isEmpty();
    }

    @Test
    void consentedAnswersAreStoredAndCanBeTakenBack() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));
        String token = residents.issueLink(c, r, "demographics", null, Duration.ofDays(30));

        MockHttpServletResponse saved = mvc.perform(post("/wie-doet-mee/{t}", token).param("ageGroup", "A16_24")
                .param("postcodeArea", " 7311 ").param("disability", "").param("consent", "ja").with(csrf()))
                .andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/wie-doet-mee/" + token + "?opgeslagen");
        var answers = demographics.find(c, r).orElseThrow();
        assertThat(answers.get(Dimension.AGE)).isEqualTo("A16_24");
        assertThat(answers.get(Dimension.POSTCODE)).isEqualTo("7311");
        assertThat(answers.get(Dimension.DISABILITY)).isNull();
        assertThat(answers.consentVersion()).isEqualTo(Demographics.CONSENT_VERSION);
        assertThat(mvc.perform(get("/wie-doet-mee/{t}", token)).andReturn().getResponse().getContentAsString())
                .contains("value=\"A16_24\" id=\"ageGroup\"\n               checked=\"checked\"", "Wis mijn antwoorden");

        mvc.perform(post("/wie-doet-mee/{t}/verwijderen", token).with(csrf()));
        assertThat(demographics.find(c, r)).isEmpty();
    }

    @Test
    void onlyNotSayingNeedsNoConsentAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails(null, null, null, null, ContactChannel.NONE, "nl"));
        String token = residents.issueLink(c, r, "demographics", null, Duration.ofDays(30));

        assertThat(mvc.perform(post("/wie-doet-mee/{t}", token).param("ageGroup", "").with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(demographics.find(c, r)).isEmpty();
        assertThat(mvc.perform(get("/wie-doet-mee/{t}", "not-a-real-token")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
