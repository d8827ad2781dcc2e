package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator sets up a new process by keyboard (after first sending the form empty),
 * corrects its title, writes down a letter that came in on paper ten days ago, and answers
 * two similar inputs at once (after first forgetting to pick them). The public page of the
 * new process is then read in English. Every page and every error state is scanned.
 */
class ProcessSetupJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews views;

    @Test
    void coordinatorSetsUpAProcessCapturesAPaperLetterAndAnswersTwoInputsTogether() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Vervoer naar de huisarts " + unique;
        LocalDate today = today();

        logIn(world.coordinatorEmail(), Fixtures.PASSWORD);
        assertThat(currentPath()).isEqualTo("/beheer");
        assertNoAxeViolations();
        tabAndEnter(link(world.collaboration().name()));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug);
        tabAndEnter(link(message("input.staff.dashboard.newProcess")));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/trajecten/nieuw");
        assertNoAxeViolations();

        // Sent empty: the server's summary names what is missing, not the browser's own bubble.
        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(errorSummary()).contains(message("process.error.title"));
        assertThat(driver.findElement(By.id("title")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("title")).getDomAttribute("aria-describedby")).contains("title-fout");
        assertNoAxeViolations();

        tabAndType(By.id("title"), title);
        tabAndType(By.id("summary"), "Hoe komt u bij de huisarts als u niet zelf kunt rijden?");
        tabAndType(By.id("themes"), "vervoer, zorg");
        tabAndChoose(By.id("level-ADVISING"));
        tabAndType(By.id("promiseOpen"), "Welke vormen van vervoer er komen.");
        tabAndType(By.id("promiseFixed"), "Het budget voor dit jaar.");
        tabAndType(By.id("promiseDecides"), "De gemeenteraad");
        tabAndType(By.id("promiseWhen"), "In september");
        tabAndReplace(By.id("answerWithinDays"), "14");
        tabAndType(By.id("phase-0-name"), "Ideeën ophalen");
        tabAndTypeDate(By.id("phase-0-start"), today.minusDays(20));
        tabAndTypeDate(By.id("phase-0-end"), today.plusDays(30));
        // A select: typing its option's text chooses it, as a keyboard user does.
        tabAndType(By.id("firstInvolvedPhase"), message("process.staff.form.phaseN", 1));
        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(currentPath()).startsWith("/beheer/" + slug + "/trajecten/").endsWith("?opgeslagen");
        String processPath = currentPath().substring(0, currentPath().indexOf('?'));
        UUID process = UUID.fromString(processPath.substring(processPath.lastIndexOf('/') + 1));
        assertThat(heading()).isEqualTo(title);
        assertThat(pageText()).contains(message("input.staff.process.saved"), message("process.level.ADVISING"),
                message("input.staff.process.days", 14), "Ideeën ophalen");
        assertNoAxeViolations();

        String corrected = "Vervoer naar huisarts en apotheek " + unique;
        tabAndEnter(link(message("input.staff.process.edit")));
        assertThat(currentPath()).isEqualTo(processPath + "/bewerken");
        assertThat(driver.findElement(By.id("level-ADVISING")).isSelected()).isTrue();
        assertNoAxeViolations();
        tabAndReplace(By.id("title"), corrected);
        tabAndEnter(button(message("process.staff.form.save")));
        assertThat(currentPath()).isEqualTo(processPath + "?opgeslagen");
        assertThat(heading()).isEqualTo(corrected);

        // A letter on paper, received ten days ago; the resident wants the answer by post.
        tabAndEnter(link(message("input.staff.process.capture")));
        assertThat(currentPath()).isEqualTo(processPath + "/inbreng/nieuw");
        assertNoAxeViolations();
        tabAndEnter(button(message("input.staff.capture.submit")));
        assertThat(errorSummary()).contains(message("input.error.textRequired"));
        assertThat(driver.findElement(By.id("text")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertNoAxeViolations();

        String letter = "Ik ben 84 en rijd niet meer. Een belbus op dinsdag zou mij helpen.";
        tabAndType(By.id("text"), letter);
        tabAndChoose(By.id("channel-PAPER"));
        tabAndTypeDate(By.id("receivedOn"), today.minusDays(10));
        tabAndType(By.id("name"), "Mevrouw Jansen");
        tabAndChoose(By.id("contactBy-POST"));
        tabAndType(By.id("postalAddress"), "Kerkstraat 12\n9999 AB Dorp");
        tabAndSpace(By.id("consent"));
        tabAndEnter(button(message("input.staff.capture.submit")));
        assertThat(currentPath()).startsWith("/beheer/" + slug + "/inbreng/").endsWith("/ontvangen");
        assertThat(heading()).isEqualTo(message("input.staff.receipt.title"));
        String code = driver.findElement(By.cssSelector(".follow-code")).getText();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertNoAxeViolations();
        Input paper = views.byFollowCode(code).orElseThrow();
        assertThat(paper.text()).isEqualTo(letter);
        assertThat(paper.channel()).isEqualTo(Channel.PAPER);
        assertThat(paper.receivedOn()).isEqualTo(today.minusDays(10));
        assertThat(paper.contactBy()).isEqualTo(ContactBy.POST);

        // A similar wish, written down at a meeting by a colleague.
        var spoken = intake.capture(world.collaboration().id(), process, new NewInput(
                "Een taxi die je samen kunt delen naar de huisarts.", Channel.MEETING, today.minusDays(2), false,
                new Author(null, null, null, null, ContactBy.NONE, false), world.coordinatorId()));

        tabAndEnter(link(message("input.staff.backToProcess", corrected)));
        assertThat(currentPath()).isEqualTo(processPath);
        tabAndEnter(button(message("input.staff.process.batchSubmit")));
        assertThat(errorSummary()).contains(message("input.error.noneSelected"));
        assertNoAxeViolations();

        tabAndSpace(By.id("kies-" + paper.id()));
        tabAndSpace(By.id("kies-" + spoken.id()));
        new Select(tabTo(By.id("status"))).selectByValue("PARTLY_ADOPTED");
        tabAndType(By.id("text"), "Vanaf oktober rijdt er op dinsdag een belbus naar de huisarts. Een deeltaxi komt er niet.");
        tabAndEnter(button(message("input.staff.process.batchSubmit")));
        assertThat(currentPath()).contains("beantwoord=2");
        assertThat(pageText()).contains(message("input.staff.process.batchDone", 2));
        assertThat(statusOfRow(paper.followCode().display())).isEqualTo(message("input.status.PARTLY_ADOPTED"));
        assertThat(statusOfRow(spoken.followCode().display())).isEqualTo(message("input.status.PARTLY_ADOPTED"));
        assertNoAxeViolations();

        open("/trajecten/" + process + "?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(heading()).isEqualTo(corrected);
        assertThat(pageText()).contains(messageEn("participate.form.title"));
        assertNoAxeViolations();
    }

    /** The status shown in the list row of the input with this follow code. */
    private static String statusOfRow(String followCode) {
        return driver.findElement(By.xpath("//tr[.//a[normalize-space()=" + xpathLiteral(followCode) + "]]"))
                .findElement(By.cssSelector(".status")).getText();
    }
}
