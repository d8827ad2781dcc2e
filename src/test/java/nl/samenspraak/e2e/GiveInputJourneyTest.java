package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident on an old phone, without JavaScript and without a mouse: finds a process
 * from the home page, sends input (after first getting the form wrong), keeps the
 * follow code, looks it up typed carelessly, and later reads the answer. Every page and
 * every error state is scanned with axe.
 */
@BrowserTest.WithoutJavaScript
class GiveInputJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired FeedbackLoop feedback;
    @Autowired InputViews views;

    @Test
    void residentSendsInputByKeyboardWithoutJavaScriptAndLaterReadsTheAnswer() {
        var world = fixtures.aCollaborationWithStaff();
        String title = "Samen eten in de wijk " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");
        Locale nl = Locale.forLanguageTag("nl");

        open("/?lang=nl");
        assertNoAxeViolations();
        tabAndEnter(link(title));
        assertThat(currentPath()).startsWith("/trajecten/" + process);
        assertThat(heading()).isEqualTo(title);
        assertNoAxeViolations();

        String code = sendInput(nl, "Een maaltijd op woensdag in het buurthuis, voor wie alleen eet.");

        // The thank-you page is where the follow code is; the follow page finds it however it is typed.
        tabAndEnter(link(message("layout.nav.follow")));
        assertThat(currentPath()).isEqualTo("/volg");
        assertNoAxeViolations();
        tabAndEnter(button(message("participate.follow.submit")));
        assertThat(errorSummary()).contains(message("participate.follow.error.required"));
        assertNoAxeViolations();
        tabAndType(By.id("volgcode"), "  " + code.toLowerCase(Locale.ROOT).replace("-", " ") + " ");
        pressEnter();
        assertThat(currentPath()).startsWith("/volg/" + code);
        assertThat(statusText()).isEqualTo(message("participate.status.RECEIVED"));
        assertNoAxeViolations();

        var input = views.byFollowCode(code).orElseThrow();
        feedback.answer(world.collaboration().id(), input.id(), FeedbackStatus.ADOPTED,
                "Vanaf mei is er elke woensdag een maaltijd in het buurthuis.", world.coordinatorId(), "test");
        driver.navigate().refresh();
        assertThat(statusText()).isEqualTo(message("participate.status.ADOPTED"));
        assertThat(driver.findElement(By.cssSelector(".answer")).getText())
                .isEqualTo("Vanaf mei is er elke woensdag een maaltijd in het buurthuis.");
        assertNoAxeViolations();
    }

    @Test
    void englishSpeakingResidentGetsTheSameJourneyInEnglish() {
        var world = fixtures.aCollaborationWithStaff();
        String title = "Walking together " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(title), "test");

        open("/trajecten/" + process + "?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(pageText()).contains(messageEn("participate.form.title"));
        assertNoAxeViolations();

        String code = sendInput(Locale.ENGLISH, "A walking group on Saturday morning, at an easy pace.");

        tabAndEnter(link(messageEn("layout.nav.follow")));
        tabAndType(By.id("volgcode"), code.toLowerCase(Locale.ROOT));
        pressEnter();
        assertThat(heading()).isEqualTo(messageEn("participate.followed.title"));
        assertThat(statusText()).isEqualTo(messageEn("participate.status.RECEIVED"));
        assertNoAxeViolations();
    }

    /**
     * On a process page: sends the form empty first (and follows the error summary back to
     * the field), then fills it in with an e-mail address and consent. Returns the follow code.
     */
    private String sendInput(Locale locale, String text) {
        tabAndEnter(button(messages.getMessage("participate.form.submit", null, locale)));
        assertThat(errorSummary()).contains(messages.getMessage("participate.error.textRequired", null, locale));
        assertThat(driver.findElement(By.id("text")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("text")).getDomAttribute("aria-describedby")).contains("text-fout");
        assertNoAxeViolations();
        tabAndEnterInPage(By.cssSelector("#foutmeldingen a[href='#text']"));
        assertThat(currentUrlFragment()).isEqualTo("text");
        assertThat(focused()).as("the summary's link takes the keyboard to the field").isEqualTo(driver.findElement(By.id("text")));

        tabAndType(By.id("text"), text);
        tabAndSpace(By.id("contactBy")); // the first choice: by e-mail
        tabAndType(By.id("email"), "ans.devries@example.org");
        tabAndSpace(By.id("consent"));
        tabAndEnter(button(messages.getMessage("participate.form.submit", null, locale)));

        assertThat(heading()).isEqualTo(messages.getMessage("participate.thanks.title", null, locale));
        String code = driver.findElement(By.cssSelector(".follow-code--large")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertNoAxeViolations();
        return code;
    }

    private static String statusText() {
        return driver.findElement(By.cssSelector(".status")).getText();
    }

    private static String currentUrlFragment() {
        String url = driver.getCurrentUrl();
        return url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
    }
}
