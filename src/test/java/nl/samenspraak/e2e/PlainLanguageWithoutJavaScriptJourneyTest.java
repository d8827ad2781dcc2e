package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without JavaScript the button "Controleer mijn tekst" shows the verdict on the page; a plain rewrite then saves
 * without a question. A resident without JavaScript uses /taalhulp too. Keyboard only, axe after every step.
 */
@BrowserTest.WithoutJavaScript
class PlainLanguageWithoutJavaScriptJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;

    @Test
    void aCoordinatorChecksWithTheButtonRewritesAndSavesWithoutAQuestion() {
        var world = fixtures.aCollaborationWithStaff();
        UUID id = fixtures.aProcess(world);
        String slug = world.collaboration().slug();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/trajecten/" + id + "/bewerken");
        assertNoAxeViolations();

        tabAndReplace(By.id("summary"), PlainLanguageTexts.HARD);
        tabAndEnter(button(message("language.check.button")));
        assertThat(driver.findElement(By.id("summary-taal")).getText())
                .contains(message("language.panel.heading"), message("language.panel.findingsHeading"));
        assertThat(pageText()).contains(message("language.confirm.label"));
        assertThat(processes.find(world.collaboration().id(), id).map(Process::summary)).get()
                .isNotEqualTo(PlainLanguageTexts.HARD);
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndReplace(By.id("summary"), PlainLanguageTexts.EASY);
        tabAndReplace(By.id("promiseOpen"), "Wat er in de wijk komt.");
        tabAndEnter(button(message("language.check.button")));
        assertThat(driver.findElement(By.id("summary-taal")).getText()).contains(message("language.level.B1"));
        assertThat(pageText()).doesNotContain(message("language.confirm.label"));
        assertNoAxeViolations();

        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(currentPath()).endsWith("?opgeslagen");
        assertThat(processes.find(world.collaboration().id(), id).map(Process::summary)).contains(PlainLanguageTexts.EASY);
        assertNoAxeViolations();
    }

    @Test
    void aResidentWithoutJavaScriptChecksATextOnTaalhulp() {
        open("/taalhulp");
        assertNoAxeViolations();
        tabAndType(By.id("text"), "Ik wil graag een bankje bij de bushalte. Dan kan ik even zitten.");
        tabAndEnter(button(message("language.help.submit")));
        assertThat(pageText()).contains(message("language.panel.heading"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
