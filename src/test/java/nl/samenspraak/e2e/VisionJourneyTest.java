package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without JavaScript and by keyboard: a coordinator drafts the shared vision, publishes it and invites a
 * resident; the resident proposes other wording through their own link (after first forgetting what to
 * write) and chooses to be named by first name; the coordinator publishes a second version; the public page
 * shows it with the resident's first name, and the comparison marks added and removed words in words.
 * Every page is scanned with axe, at 1280 and at 390 px.
 */
@BrowserTest.WithoutJavaScript
class VisionJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Outbox outbox;

    @Test
    void coordinatorDraftsResidentProposesByLinkAndThePublicSeesTheNewVersion() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        residents.register(c, new ResidentDetails("Ria Visser", "ria-" + UUID.randomUUID() + "@example.org", null, null,
                ContactChannel.EMAIL, "nl"));

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "?lang=nl");
        tabAndEnter(link(message("vision.staff.dashboardLink")));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/visie");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("visionText"), "Inwoners praten mee over zorg in de wijk. We vragen uw mening voordat we iets besluiten.");
        tabAndEnter(button(message("vision.staff.form.saveDraft")));
        assertThat(pageText()).contains(message("vision.staff.saved"));
        tabAndEnter(button(message("vision.staff.form.publish")));
        assertThat(pageText()).contains(message("vision.staff.published", 1));
        assertNoAxeViolations();

        tabAndEnter(link(message("vision.staff.inviteLink")));
        assertNoAxeViolations();
        tabAndEnter(button(message("vision.staff.invite.submit")));
        assertThat(errorSummary()).contains(message("vision.staff.invite.error.none"));
        assertNoAxeViolations();
        tabAndType(By.id("zoek"), "Ria Visser");
        tabAndEnter(button(message("vision.staff.invite.searchButton")));
        tabAndSpace(By.id("residentId"));
        tabAndEnter(button(message("vision.staff.invite.submit")));
        assertThat(pageText()).contains(message("vision.staff.invite.sent"), "Ria Visser");
        assertNoAxeViolations();
        assertFitsAPhone();

        String body = outbox.latest(c, 5).stream().map(Outbox.MailView::body).filter(b -> b.contains("/visie/"))
                .findFirst().orElseThrow();
        String token = body.replaceAll("(?s).*/visie/([A-Za-z0-9_-]+).*", "$1");

        // The resident, on their own link.
        open("/visie/" + token + "?lang=nl");
        assertThat(heading()).isEqualTo(message("vision.resident.title"));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndChoose(By.id("kind-PROPOSAL"));
        tabAndType(By.id("passage"), "We vragen uw mening voordat we iets besluiten.");
        tabAndEnter(button(message("vision.resident.form.submit")));
        assertThat(errorSummary()).contains(message("vision.error.textRequired"));
        assertThat(driver.findElement(By.id("text")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("kind-PROPOSAL")).isSelected()).as("the choice is kept").isTrue();
        assertNoAxeViolations();
        tabAndType(By.id("text"), "We vragen uw mening voordat we iets besluiten. Ook op zaterdag.");
        assertThat(driver.findElement(By.id("firstName")).getDomProperty("value")).as("suggested, to change or keep")
                .isEqualTo("Ria");
        tabAndEnter(button(message("vision.resident.form.submit")));
        assertThat(pageText()).contains(message("vision.resident.thanks"), "Ook op zaterdag.");
        assertNoAxeViolations();

        // The coordinator uses the proposal and publishes version 2.
        open("/beheer/" + slug + "/visie?lang=nl");
        assertThat(pageText()).contains("Ook op zaterdag.", "Ria", message("vision.source.LINK"));
        tabAndReplace(By.id("visionText"),
                "Inwoners praten mee over zorg in de wijk. We vragen uw mening voordat we iets besluiten. Ook op zaterdag.");
        tabAndEnter(button(message("vision.staff.form.saveDraft")));
        tabAndType(By.id("changeNote"), "We praten nu ook op zaterdag.");
        tabAndEnter(button(message("vision.staff.form.publish")));
        assertThat(pageText()).contains(message("vision.staff.published", 2));
        assertNoAxeViolations();
        assertFitsAPhone();

        // The public.
        open("/samenwerkingen/" + slug + "?lang=nl");
        assertThat(pageText()).contains(world.collaboration().name(), "Ook op zaterdag.",
                message("vision.public.resident", "Ria")).doesNotContain("Ria Visser");
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(link(message("vision.public.versionsLink", 2)));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(button(message("vision.public.compareButton")));
        assertThat(heading()).isEqualTo(message("vision.public.compareTitle", 1, 2));
        assertThat(driver.findElement(By.cssSelector(".vision-diff ins")).getText())
                .startsWith(message("vision.public.added")).contains("zaterdag");
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
