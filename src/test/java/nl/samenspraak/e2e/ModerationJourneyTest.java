package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident without JavaScript and without a mouse reports an input that names a neighbour
 * (after first forgetting to say why); a coordinator finds the report in the queue and hides
 * the name (after first pasting text that is not in the input); the public page then shows the
 * rest of the input with a marker and says why. Every page and error state is scanned with axe,
 * the resident's pages also at 390 px.
 */
@BrowserTest.WithoutJavaScript
class ModerationJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;

    @Test
    void aResidentReportsAnInputStaffHideTheNameAndThePublicPageSaysWhy() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String title = "Bankjes in het dorp " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");
        intake.receiveOnline(process, "Meer bankjes langs de Dorpsstraat. Mijn buurvrouw Truus Bakker heeft een slechte heup.",
                true, Author.anonymous());

        // The resident, on an old phone without JavaScript.
        open("/trajecten/" + process + "?lang=nl");
        assertThat(pageText()).contains("Truus Bakker");
        tabAndEnter(link(message("participate.report.link")));
        assertThat(currentPath()).endsWith("/melden");
        assertThat(heading()).isEqualTo(message("participate.report.title"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("text"), "Hier staat de naam van mijn buurvrouw in.");
        tabAndEnter(button(message("participate.report.submit")));
        assertThat(errorSummary()).contains(message("input.report.error.reason"));
        assertThat(driver.findElement(By.id("text")).getDomProperty("value")).as("what was typed is kept")
                .isEqualTo("Hier staat de naam van mijn buurvrouw in.");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndChoose(By.id("reason"));
        tabAndEnter(button(message("participate.report.submit")));
        assertThat(currentPath()).endsWith("/gemeld");
        assertThat(heading()).isEqualTo(message("participate.reported.title"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // The coordinator, in a browser of their own.
        ChromeDriver resident = driver;
        driver = newDriver(true);
        try {
            logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
            open("/beheer/" + slug);
            tabAndEnter(link(message("input.staff.dashboard.reports", 1)));
            assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/meldingen");
            assertThat(pageText()).contains("Truus Bakker", message("participate.report.reason.PERSONAL_DATA"),
                    "Hier staat de naam van mijn buurvrouw in.");
            assertNoAxeViolations();

            tabAndEnter(link(message("input.reports.hide")));
            assertThat(currentPath()).endsWith("/verbergen");
            assertNoAxeViolations();

            tabAndType(By.id("part"), "Truus Bakkers");
            tabAndChoose(By.id("reason"));
            tabAndEnter(button(message("input.moderation.submit")));
            assertThat(errorSummary()).contains(message("input.moderation.error.partNotFound"));
            assertThat(driver.findElement(By.id("part")).getDomAttribute("aria-invalid")).isEqualTo("true");
            assertNoAxeViolations();

            tabAndReplace(By.id("part"), "Truus Bakker");
            tabAndEnter(button(message("input.moderation.submit")));
            assertThat(currentPath()).contains("?verborgen");
            assertThat(pageText()).contains(message("input.moderation.hiddenSaved"),
                    message("input.moderation.partHidden", "Truus Bakker", message("input.moderation.reason.PERSONAL_DATA")));
            assertNoAxeViolations();

            open("/beheer/" + slug + "/meldingen");
            assertThat(pageText()).contains(message("input.reports.none"));
            assertNoAxeViolations();
        } finally {
            driver.quit();
            driver = resident;
        }

        // Back on the public page: the rest of the input, a marker, and why.
        open("/trajecten/" + process);
        assertThat(pageText())
                .contains("Mijn buurvrouw " + message("participate.hidden.marker",
                        message("participate.hidden.markerReason.PERSONAL_DATA")) + " heeft een slechte heup.")
                .contains(message("participate.hidden.part", message("participate.hidden.reason.PERSONAL_DATA")))
                .doesNotContain("Truus Bakker");
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
