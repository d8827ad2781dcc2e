package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingRoleCases;
import nl.samenspraak.pool.PoolRoleCases;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A viewer (meekijker) reads along by keyboard: the dashboard, a process, an input, the call
 * list, a meeting, the pool with an activity, the commitments and a pool member, each time told that residents' details are hidden and
 * never shown them, also on a phone-sized screen; a page for professionals is refused. Then a
 * professional opens the same input and does see the author's details. Axe after every step.
 */
class ViewerJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;

    @Test
    void aViewerReadsAlongWithoutSeeingResidentsDetailsAndAProfessionalSeesThem() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Samen koken " + unique;
        String email = "wil-" + unique + "@geheim.example";
        UUID process = processes.create(c, Fixtures.aProcessDraft(title), "test");
        var input = intake.capture(c, process, new NewInput("Een kookclub in het buurthuis.", Channel.DOOR_TO_DOOR,
                today().minusDays(2), true,
                new Author("Wil Verborgen", email, "Stille Steeg 8\n9999 AA Dorp", "0687654321", ContactBy.EMAIL, true),
                world.coordinatorId()));
        var byPhone = intake.capture(c, process, new NewInput("Koken voor wie alleen eet.", Channel.PHONE,
                today().minusDays(2), false,
                new Author("Mo Verborgen", null, null, "0676543210", ContactBy.PHONE, true), world.coordinatorId()));
        feedback.answer(c, byPhone.id(), FeedbackStatus.ADOPTED, "Er komt een kookavond.", world.coordinatorId(), "test");
        Map<String, String> meeting = MeetingRoleCases.aRegistrationWithNeeds(context, world, process,
                "aanmelder-" + unique + "@geheim.example", "0698765432", "Ik kom met mijn hulphond " + unique);
        Map<String, String> pool = PoolRoleCases.aMemberWithContactDetails(context, c, world.coordinatorId(),
                new ResidentDetails("Lid Verborgen", "lid-" + unique + "@geheim.example", null, null,
                        ContactChannel.EMAIL, "nl"));
        String hidden = message("resident.personalData.hidden");

        logIn(world.viewerEmail(), Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        tabAndEnter(link(world.collaboration().name()));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug);
        assertNoAxeViolations();

        tabAndEnter(link(title));
        assertThat(pageText()).contains("Een kookclub in het buurthuis.");
        assertNoAxeViolations();

        open("/beheer/" + slug + "/inbreng/" + input.id());
        assertThat(pageText()).contains("Een kookclub in het buurthuis.", hidden)
                .doesNotContain("Wil Verborgen").doesNotContain(email).doesNotContain("Stille Steeg").doesNotContain("0687654321");
        assertThat(driver.findElements(By.id("text"))).as("a viewer gets no answer form").isEmpty();
        assertNoAxeViolations();

        open("/beheer/" + slug + "/bellijst");
        waitUntilPageShows(byPhone.followCode().display());
        assertThat(pageText()).contains(hidden, "Er komt een kookavond.").doesNotContain("Mo Verborgen")
                .doesNotContain("0676543210");
        assertNoAxeViolations();

        open("/beheer/" + slug + "/bijeenkomsten");
        tabAndEnter(link("Samen eten in de wijk"));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/bijeenkomsten/" + meeting.get("{meetingId}"));
        assertThat(pageText()).contains(hidden).doesNotContain("aanmelder-" + unique).doesNotContain("hulphond")
                .doesNotContain(message("meeting.need.INTERPRETER"));
        assertNoAxeViolations();

        open("/beheer/" + slug + "/inwonerpool");
        assertThat(pageText()).contains(hidden).doesNotContain("Lid Verborgen");
        assertNoAxeViolations();
        tabAndEnter(link("Isolatie-avond"));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/inwonerpool/activiteiten/" + pool.get("{activityId}"));
        assertThat(pageText()).contains(hidden).doesNotContain("Lid Verborgen");
        assertNoAxeViolations();
        open("/beheer/" + slug + "/afspraken");
        assertThat(pageText()).contains(hidden).doesNotContain("Isolation Member");
        assertNoAxeViolations();

        open("/beheer/" + slug + "/inwonerpool/leden/" + pool.get("{memberId}"));
        assertThat(pageText()).contains(hidden).doesNotContain("Lid Verborgen").doesNotContain("lid-" + unique);
        assertNoAxeViolations();

        // On a phone-sized screen the same pages stay readable and accessible.
        Dimension wide = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/beheer/" + slug + "/inbreng/" + input.id());
            assertThat(pageText()).contains(hidden);
            assertNoAxeViolations();
            open("/beheer/" + slug + "/bijeenkomsten/" + meeting.get("{meetingId}"));
            assertNoAxeViolations();
        } finally {
            driver.manage().window().setSize(wide);
        }

        // Writing down input is for professionals: the viewer is told so.
        open("/beheer/" + slug + "/trajecten/" + process + "/inbreng/nieuw");
        assertThat(heading()).isEqualTo(message("error.forbidden.title"));
        assertNoAxeViolations();

        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/inbreng/" + input.id());
        assertThat(pageText()).contains("Wil Verborgen", email, message("input.staff.input.authorPrivacy"))
                .doesNotContain(hidden);
        assertNoAxeViolations();
    }

    /** Notifications are made just after an answer is saved; reload until the page shows them. */
    private static void waitUntilPageShows(String text) {
        for (int i = 0; i < 50 && !pageText().contains(text); i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            driver.navigate().refresh();
        }
        assertThat(pageText()).contains(text);
    }
}
