package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator writes a hard summary: the panel explains it while they type, the button shows the same, saving asks
 * for a confirmation, and the dashboard then counts the published texts. Then anyone checks a text on /taalhulp.
 * Keyboard only, axe after every step, also at 390 px.
 */
class PlainLanguageJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired PublishedTexts publishedTexts;

    @Test
    void aCoordinatorSeesThePanelWhileTypingConfirmsAHardTextAndTheDashboardCountsIt() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String title = "Zorg dichtbij " + UUID.randomUUID().toString().substring(0, 6);

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        tabAndEnter(link(world.collaboration().name()));
        assertThat(pageText()).contains(message("language.dashboard.nothingYet"));
        tabAndEnter(link(message("input.staff.dashboard.newProcess")));
        assertNoAxeViolations();

        tabAndType(By.id("title"), title);
        tabAndType(By.id("summary"), PlainLanguageTexts.HARD);
        // After a pause in typing the panel appears beside the field, without a page load.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("summary-taal")).getText().contains(message("language.panel.heading")));
        String panel = driver.findElement(By.id("summary-taal")).getText();
        assertThat(panel).contains(message("language.panel.findingsHeading"), "maatwerkvoorzieningen");
        assertThat(driver.findElements(By.cssSelector("#summary-taal mark"))).isNotEmpty();
        assertThat(driver.findElement(By.id("summary-taal")).getDomAttribute("aria-live")).isEqualTo("polite");
        assertNoAxeViolations();

        // The button shows the same on a new page, and saves nothing.
        tabAndEnter(button(message("language.check.button")));
        assertThat(driver.findElement(By.id("summary-taal")).getText()).contains(message("language.panel.heading"));
        assertThat(driver.findElement(By.id("summary")).getDomProperty("value")).isEqualTo(PlainLanguageTexts.HARD);
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndChoose(By.id("level-CONSULTING"));
        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(errorSummary()).contains(message("language.confirm.required"));
        assertThat(driver.findElement(By.id("plainLanguageConfirmed")).getDomAttribute("aria-describedby"))
                .contains("plainLanguageConfirmed-fout");
        assertThat(processes.ofCollaboration(world.collaboration().id())).isEmpty();
        assertNoAxeViolations();

        tabAndSpace(By.id("plainLanguageConfirmed"));
        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(currentPath()).endsWith("?opgeslagen");
        assertThat(heading()).isEqualTo(title);
        assertNoAxeViolations();

        open("/beheer/" + slug);
        assertThat(pageText()).contains(message("language.dashboard.atB1", 0, 1), message("language.dashboard.confirmed", 1));
        assertThat(publishedTexts.summary(world.collaboration().id()).aboveB1Confirmed()).isEqualTo(1);
        // Not scanned at 390 px here: the dashboard's process table is wider than a phone (issue 12 point 5).
        assertNoAxeViolations();
    }

    @Test
    void anyoneChecksATextOnTaalhulpByKeyboard() {
        // From a short page: the home page lists every process of the shared test database, too many tabs away.
        open("/volg");
        tabAndEnter(link(message("language.help.footerLink")));
        assertThat(currentPath()).isEqualTo("/taalhulp");
        assertNoAxeViolations();

        tabAndEnter(button(message("language.help.submit")));
        assertThat(errorSummary()).contains(message("language.help.error.blank"));
        assertNoAxeViolations();

        tabAndType(By.id("text"), PlainLanguageTexts.HARD);
        tabAndEnter(button(message("language.help.submit")));
        assertThat(pageText()).contains(message("language.panel.heading"), message("language.panel.findingsHeading"));
        assertThat(driver.findElements(By.cssSelector("#uitslag mark"))).isNotEmpty();
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
