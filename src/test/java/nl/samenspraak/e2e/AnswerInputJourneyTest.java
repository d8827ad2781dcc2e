package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's morning: log in (after a typo in the password), see what is overdue,
 * answer it (after first forgetting the text), and check that the resident can read the
 * answer; then the letters, the call list and the outbox. Every page and error state is
 * scanned with axe.
 */
class AnswerInputJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;

    @Test
    void coordinatorAnswersAnOverdueInputAndTheResidentSeesTheAnswer() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        String title = "Mantelzorg in het dorp " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(c, Fixtures.aProcessDraft(title), "test");
        var overdue = intake.capture(c, process, new NewInput("Kan er een vervangende zorger komen als ik ziek ben?",
                Channel.DOOR_TO_DOOR, today().minusDays(20), true,
                new Author("Henk", null, "Kerkstraat 4\n9999 AA Dorp", null, ContactBy.POST, true), world.coordinatorId()));
        var byPhone = intake.capture(c, process, new NewInput("Een cursus tillen voor mantelzorgers.", Channel.MEETING,
                today().minusDays(3), false,
                new Author("Mo", null, null, "0612345678", ContactBy.PHONE, true), world.coordinatorId()));
        feedback.answer(c, byPhone.id(), FeedbackStatus.PARTLY_ADOPTED, "In het najaar komt er een cursus.",
                world.coordinatorId(), "test");
        var byMail = intake.receiveOnline(process, "Een vast aanspreekpunt bij de gemeente.", true,
                new Author("Ans", "ans@example.org", null, null, ContactBy.EMAIL, true));
        feedback.answer(c, byMail.id(), FeedbackStatus.ALREADY_EXISTS, "Dat is het Wmo-loket, elke ochtend open.",
                world.coordinatorId(), "test");

        logIn(world.coordinatorEmail(), "not the password");
        assertThat(currentPath()).isEqualTo("/login?error");
        assertThat(pageText()).contains(message("login.error"));
        assertNoAxeViolations();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        tabAndEnter(link(world.collaboration().name()));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug);
        assertThat(pageText()).contains(message("input.staff.daysLate", 6));
        assertNoAxeViolations();

        tabAndEnter(link(title));
        tabAndEnter(link(message("input.staff.filter.TE_LAAT")));
        assertThat(currentPath()).contains("filter=te-laat");
        assertThat(pageText()).contains("vervangende zorger").doesNotContain("cursus tillen");
        assertNoAxeViolations();

        open("/beheer/" + slug);
        tabAndEnter(link(message("input.staff.answerLink", overdue.followCode().display())));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/inbreng/" + overdue.id());
        assertNoAxeViolations();

        // A final status without an answer is refused, and nothing is saved.
        tabAndChoose(By.id("status-ADOPTED"));
        tabAndEnter(button(message("input.staff.answer.submit")));
        assertThat(driver.findElement(By.id("foutmeldingen")).getText()).contains(message("input.error.answerRequired"));
        assertThat(driver.findElement(By.id("text")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("status-ADOPTED")).isSelected()).as("the choice is kept").isTrue();
        assertNoAxeViolations();

        String answer = "Ja. Bel het steunpunt mantelzorg; zij regelen binnen een dag een vervanger.";
        tabAndType(By.id("text"), answer);
        tabAndEnter(button(message("input.staff.answer.submit")));
        assertThat(currentPath()).endsWith("?opgeslagen");
        assertThat(pageText()).contains(message("input.staff.input.saved"), answer);
        assertNoAxeViolations();

        // The resident, with the code from the paper form, reads the answer.
        open("/volg/" + overdue.followCode().display());
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo(message("participate.status.ADOPTED"));
        assertThat(driver.findElement(By.cssSelector(".answer")).getText()).isEqualTo(answer);
        assertNoAxeViolations();
    }

    @Test
    void lettersCallListAndOutboxPagesAreAccessibleEmptyAndFilled() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        for (String page : new String[] {"brieven", "bellijst", "uitgaande-mail"}) {
            open("/beheer/" + slug + "/" + page);
            assertThat(driver.findElements(By.tagName("h1"))).hasSize(1);
            assertNoAxeViolations();
        }

        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        for (ContactBy channel : new ContactBy[] {ContactBy.POST, ContactBy.PHONE, ContactBy.EMAIL}) {
            var receipt = intake.capture(c, process, new NewInput("Meer licht in het park.", Channel.PAPER,
                    today().minusDays(2), true, new Author("Bep", "bep@example.org", "Laan 1\n9999 AB Dorp",
                    "0587 123456", channel, true), world.coordinatorId()));
            feedback.answer(c, receipt.id(), FeedbackStatus.ADOPTED, "Er komen drie lantaarns bij.", world.coordinatorId(), "test");
        }
        open("/beheer/" + slug + "/brieven");
        waitUntilPageShows(message("feedback.letters.make", 1));
        assertNoAxeViolations();
        tabAndEnter(button(message("feedback.letters.make", 1)));
        assertThat(currentPath()).contains("gemaakt=");
        assertNoAxeViolations();
        open("/beheer/" + slug + "/bellijst");
        waitUntilPageShows("0587 123456");
        assertNoAxeViolations();
        open("/beheer/" + slug + "/uitgaande-mail");
        waitUntilPageShows("bep@example.org");
        assertNoAxeViolations();
    }

    /** Notifications are made just after an answer is saved; reload until the page shows them. */
    private static void waitUntilPageShows(String text) {
        for (int i = 0; i < 50 && !pageText().contains(text); i++) {
            sleep();
            driver.navigate().refresh();
        }
        assertThat(pageText()).contains(text);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
