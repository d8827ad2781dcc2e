package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone looking for a process near them, by keyboard: narrows the home page to a theme and to what is open
 * now, meets the empty result and clears it, then finds the open data of that process and reads the data
 * dictionary, in Dutch and in English. Every page is scanned with axe, also at 390 px wide.
 * {@link OpenDataJourneyWithoutJavaScriptTest} walks the same journey with JavaScript off.
 */
class OpenDataJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;

    @Test
    void residentFiltersTheHomePageAndFindsTheOpenDataAndItsDictionary() {
        World world = fixtures.aCollaborationWithStaff();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String theme = "wandelroutes-" + unique;
        String openTitle = "Wandelen langs de dijk " + unique;
        String closedTitle = "Bankjes in het park " + unique;
        create(world, closedTitle, List.of(theme), false);
        UUID open = create(world, openTitle, List.of(theme, "bewegen"), true);
        var input = intake.receiveOnline(open, "Een route met bankjes om uit te rusten.", true, Author.anonymous());
        feedback.answer(world.collaboration().id(), input.id(), FeedbackStatus.ADOPTED,
                "Beste inwoner, de nieuwe route krijgt elke kilometer een bankje.", world.coordinatorId(), "test");

        open("/?lang=nl");
        assertNoAxeViolations();
        tabAndSelect(By.id("thema"), theme);
        tabAndEnter(button(message("process.home.show")));
        assertThat(currentPath()).contains("thema=");
        assertThat(pageText()).contains(openTitle, closedTitle, message("process.home.found", 2));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndSpace(By.id("open"));
        tabAndEnter(button(message("process.home.show")));
        assertThat(currentPath()).contains("open=ja");
        assertThat(pageText()).contains(openTitle, message("process.home.found", 1), message("process.home.isOpen"))
                .doesNotContain(closedTitle);
        assertThat(new Select(driver.findElement(By.id("thema"))).getFirstSelectedOption().getText()).isEqualTo(theme);
        assertNoAxeViolations();

        // Nothing matches: the page says so and offers the whole list again.
        open("/?thema=" + theme + "&open=ja&regio=" + unique);
        assertThat(pageText()).contains(message("process.home.noMatch"));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(link(message("process.home.clear")));
        assertThat(currentPath()).isEqualTo("/");

        open("/open-data");
        assertThat(heading()).isEqualTo(message("opendata.title"));
        assertThat(pageText()).contains(world.collaboration().name(), openTitle, "CC BY 4.0",
                message("opendata.licence.CC_BY_4_0"));
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(By.cssSelector("a[href='/open-data/processes/" + open + "/inputs.json']"));
        assertThat(pageText()).contains("\"licence\"", "Een route met bankjes om uit te rusten.",
                        "De nieuwe route krijgt elke kilometer een bankje.")
                .doesNotContain("Beste inwoner", input.followCode().display());
        // Back on the page from its top (the browser's back button would resume at the download link,
        // far down a list that grows with every collaboration on the platform).
        open("/open-data");
        tabAndEnter(link(message("opendata.dictionaryLink")));
        assertThat(currentPath()).isEqualTo("/open-data/woordenlijst");
        assertThat(heading()).isEqualTo(message("opendata.dictionary.title"));
        assertThat(pageText()).contains(message("opendata.field.inputs.answer"), message("opendata.state.DELAYED"));
        assertNoAxeViolations();
        assertFitsAPhone();

        open("/open-data/woordenlijst?lang=en");
        assertThat(heading()).isEqualTo(messageEn("opendata.dictionary.title"));
        assertNoAxeViolations();
        tabAndEnter(link(messageEn("opendata.dictionary.back")));
        assertThat(heading()).isEqualTo(messageEn("opendata.title"));
        assertNoAxeViolations();
        open("/open-data?lang=nl");
    }

    private UUID create(World world, String title, List<String> themes, boolean openNow) {
        LocalDate today = today();
        Phase phase = openNow ? new Phase("Ideeën ophalen", today.minusDays(3), today.plusDays(20))
                : new Phase("Gesprekken", today.minusDays(60), today.minusDays(30));
        return processes.create(world.collaboration().id(), new ProcessDraft(title,
                "Waar wilt u graag wandelen, en wat hebt u onderweg nodig?", themes, List.of("ouderen"), "Centrum",
                ParticipationLevel.CONSULTING, new InfluencePromise("De route.", "Het budget.", "De wethouder",
                "In juni"), 14, phase.name(), List.of(phase)), "test");
    }

    /**
     * Tabs to a closed select and chooses an option the keyboard way: typing its first letters, then the arrow
     * keys from the top when typing did not reach it.
     */
    private static void tabAndSelect(By field, String optionText) {
        WebElement select = tabTo(field);
        new Actions(driver).sendKeys(optionText).perform();
        Select choice = new Select(select);
        if (!choice.getFirstSelectedOption().getText().equals(optionText)) {
            new Actions(driver).sendKeys(Keys.HOME).perform();
            for (int i = 0; i < 2000 && !choice.getFirstSelectedOption().getText().equals(optionText); i++) {
                new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            }
        }
        assertThat(choice.getFirstSelectedOption().getText()).as("%s chosen by keyboard", field).isEqualTo(optionText);
    }
}
