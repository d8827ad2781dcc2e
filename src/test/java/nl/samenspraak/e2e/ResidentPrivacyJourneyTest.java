package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident without JavaScript and without a mouse answers the "who is at the table"
 * questions (forgetting consent first), asks for their data, reads it and has it all erased
 * (forgetting to confirm first). A coordinator then looks at who takes part, the population,
 * the residents and the post-and-calls queue. Every page and every error state is scanned with axe.
 */
@BrowserTest.WithoutJavaScript
class ResidentPrivacyJourneyTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("/mijn-gegevens/([A-Za-z0-9_-]{20,})");

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Participations participations;
    @Autowired ResidentMessages residentMessages;
    @Autowired Collaborations collaborations;
    @Autowired JdbcClient jdbc;

    @Test
    void residentGivesDemographicsAndErasesEverythingByKeyboardWithoutJavaScript() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String email = "gerda." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID resident = residents.register(c, new ResidentDetails("Gerda Jansen", email, null, null, ContactChannel.EMAIL, "nl"));
        participations.record(c, resident, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                "ONLINE", null));
        String demographicsToken = residents.issueLink(c, resident, "demographics", null, Duration.ofDays(30));

        open("/wie-doet-mee/" + demographicsToken + "?lang=nl");
        assertThat(heading()).isEqualTo(message("resident.demographics.title"));
        assertNoAxeViolations();
        tabAndChoose(By.id("ageGroup-A65_74"));
        tabAndType(By.id("postcodeArea"), "7311");
        tabAndEnter(button(message("resident.demographics.submit")));
        assertThat(errorSummary()).contains(message("resident.demographics.error.consent"));
        assertNoAxeViolations();
        tabAndSpace(By.id("consent"));
        tabAndEnter(button(message("resident.demographics.submit")));
        assertThat(pageText()).contains(message("resident.demographics.saved"));
        assertNoAxeViolations();

        open("/mijn-gegevens");
        assertNoAxeViolations();
        tabAndEnter(button(message("resident.privacy.requestSubmit")));
        assertThat(errorSummary()).contains(message("resident.privacy.error.emailRequired"));
        assertNoAxeViolations();
        tabAndType(By.id("email"), email);
        tabAndEnter(button(message("resident.privacy.requestSubmit")));
        assertThat(heading()).isEqualTo(message("resident.privacy.sentTitle"));
        assertNoAxeViolations();

        // The newest mail with a personal link: a receipt for her input may be in the outbox too.
        String mail = jdbc.sql("SELECT body FROM outbox_mail WHERE recipient = :e AND body LIKE '%/mijn-gegevens/%' ORDER BY created_at DESC LIMIT 1")
                .param("e", email).query(String.class).single();
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).isTrue();
        open("/mijn-gegevens/" + m.group(1));
        assertThat(pageText()).contains("Gerda Jansen", message("resident.group.AGE.A65_74"), "7311");
        assertNoAxeViolations();

        tabAndEnter(link(message("resident.privacy.eraseStart")));
        assertNoAxeViolations();
        tabAndEnter(button(message("resident.privacy.eraseSubmit")));
        assertThat(errorSummary()).contains(message("resident.privacy.error.confirm"));
        assertNoAxeViolations();
        tabAndSpace(By.id("confirm"));
        tabAndEnter(button(message("resident.privacy.eraseSubmit")));
        assertThat(heading()).isEqualTo(message("resident.privacy.erasedTitle"));
        assertNoAxeViolations();
        assertThat(residents.find(c, resident).orElseThrow().erased()).isTrue();

        open("/mijn-gegevens/" + m.group(1));
        assertThat(heading()).isEqualTo(message("resident.link.unknownTitle"));
        assertNoAxeViolations();
    }

    @Test
    void coordinatorSeesWhoTakesPartWithoutAnySmallGroupAndAllResidentPagesPassAxe() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID partner = collaborations.registeredOrganisations(c).getFirst().id();
        for (int i = 0; i < 14; i++) {
            UUID r = residents.register(c, new ResidentDetails("Deelnemer " + i, null, "0612345" + (100 + i), null,
                    ContactChannel.PHONE, "nl"));
            participations.record(c, r, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                    i < 3 ? "DOOR_TO_DOOR" : "ONLINE", i < 3 ? partner : null));
            String token = residents.issueLink(c, r, "demographics", null, Duration.ofDays(1));
            demographics(token, i < 3 ? "A16_24" : "A65_74");
        }
        residentMessages.send(c, residents.search(c, "Deelnemer 1", null, 1).getFirst().resident().id(),
                "Uitnodiging", "Wilt u komen op dinsdag?", null);
        String slug = world.collaboration().slug();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/wie-doet-mee/bevolking");
        assertNoAxeViolations();
        tabAndEnter(button(message("resident.population.createArea")));
        assertThat(errorSummary()).contains(message("resident.population.error.nameRequired"));
        assertNoAxeViolations();
        tabAndType(By.id("name"), "Dorp");
        tabAndEnter(button(message("resident.population.createArea")));
        assertNoAxeViolations();
        tabAndType(By.id("n-AGE-A16_24"), "-40");
        tabAndType(By.id("n-AGE-A65_74"), "1000");
        tabAndEnter(button(message("resident.population.save")));
        assertThat(errorSummary()).contains("heel getal");
        assertNoAxeViolations();
        tabAndReplace(By.id("n-AGE-A16_24"), "3000");
        tabAndEnter(button(message("resident.population.save")));
        assertThat(pageText()).contains(message("resident.population.saved"));
        assertNoAxeViolations();

        open("/beheer/" + slug + "/wie-doet-mee");
        assertThat(pageText()).contains(message("resident.representation.small"), message("resident.representation.under"));
        assertNoAxeViolations();
        open("/beheer/" + slug + "/inwoners");
        assertNoAxeViolations();
        tabAndEnter(link("Deelnemer 13"));
        assertNoAxeViolations();
        tabAndEnter(link(message("resident.staff.eraseLink")));
        assertNoAxeViolations();
        open("/beheer/" + slug + "/post-en-bellen");
        assertThat(pageText()).contains("Wilt u komen op dinsdag?");
        assertNoAxeViolations();
    }

    /** A resident answers the age question by keyboard, with consent. */
    private void demographics(String token, String ageGroup) {
        open("/wie-doet-mee/" + token);
        tabAndChoose(By.id(ageGroup.equals("A16_24") ? "ageGroup" : "ageGroup-" + ageGroup));
        tabAndSpace(By.id("consent"));
        tabAndEnter(button(message("resident.demographics.submit")));
        assertThat(pageText()).contains(message("resident.demographics.saved"));
    }
}
