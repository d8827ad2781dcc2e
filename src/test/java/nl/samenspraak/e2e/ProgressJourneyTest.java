package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A professional puts a quick win on the timeline by keyboard (after first forgetting its title);
 * the public process page then leads with "U zei, wij deden", and the timelines of the process and
 * the collaboration tell the delayed decision honestly. Every step is scanned with axe, also at 390 px.
 */
class ProgressJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;

    @Test
    void professionalAddsAQuickWinAndResidentsSeeWhatWasDecidedAndDone() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        String title = "Groen in de wijk " + UUID.randomUUID().toString().substring(0, 6);
        UUID process = processes.create(c, Fixtures.aProcessDraft(title), "test");
        UUID input = intake.receiveOnline(process, "Meer bomen in de Dorpsstraat", true, Author.anonymous()).id();
        DecisionId trees = decisions.record(c, process, new NewDecision("Tien nieuwe bomen", "Er komen tien bomen.",
                "College van B&W", today().minusDays(14), "Veel mensen vroegen erom.", List.of(input)),
                world.coordinatorId(), "test");
        decisions.update(c, trees, DecisionState.DELAYED, "De grond is te nat om nu te planten.", today().minusDays(1),
                world.coordinatorId(), "test");

        logIn(world.professionalEmail(), Fixtures.PASSWORD);
        open("/beheer/" + slug + "/trajecten/" + process);
        tabAndEnter(link(message("progress.staff.link")));
        assertThat(currentPath()).isEqualTo("/beheer/" + slug + "/trajecten/" + process + "/voortgang");
        assertThat(pageText()).contains(message("progress.staff.none"));
        assertNoAxeViolations();
        assertFitsAPhone();

        // Without a title nothing is stored and the error sits next to the field.
        tabAndChoose(By.id("kind-QUICK_WIN"));
        tabAndType(By.id("text"), "In het park staan nu twee nieuwe picknicktafels.");
        tabAndEnter(button(message("progress.staff.form.submit")));
        assertThat(errorSummary()).contains(message("progress.error.title"));
        assertThat(driver.findElement(By.id("title")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("kind-QUICK_WIN")).isSelected()).as("the choice is kept").isTrue();
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndType(By.id("title"), "Picknicktafels in het park");
        tabAndEnter(button(message("progress.staff.form.submit")));
        assertThat(currentPath()).endsWith("/voortgang?toegevoegd");
        assertThat(pageText()).contains(message("progress.staff.added"), "Picknicktafels in het park");
        assertNoAxeViolations();

        // The public process page leads with "U zei, wij deden".
        open("/trajecten/" + process);
        String text = pageText();
        assertThat(text.indexOf(message("progress.saidDid.title"))).isPositive()
                .isLessThan(text.indexOf(message("participate.role.title")));
        assertThat(text).contains("Tien nieuwe bomen", message("progress.state.DELAYED"),
                message("progress.saidDid.why", "De grond is te nat om nu te planten."), "Picknicktafels in het park");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(link(message("progress.saidDid.timelineLink")));
        assertThat(currentPath()).isEqualTo("/trajecten/" + process + "/voortgang");
        assertThat(pageText()).contains(message("progress.timeline.delayedHonest"), "De grond is te nat om nu te planten.");
        assertNoAxeViolations();
        assertFitsAPhone();

        tabAndEnter(link(message("progress.timeline.allOf", world.collaboration().name())));
        assertThat(currentPath()).isEqualTo("/samenwerkingen/" + slug + "/voortgang");
        assertThat(pageText()).contains("Picknicktafels in het park", "Tien nieuwe bomen", title);
        assertNoAxeViolations();
        assertFitsAPhone();
    }

    @Test
    void anEmptyTimelineSaysSoClearly() {
        var world = fixtures.aCollaborationWithStaff();
        var draft = Fixtures.aProcessDraft("Nog niets gebeurd");
        UUID process = processes.create(world.collaboration().id(), new nl.samenspraak.process.ProcessDraft(draft.title(),
                draft.summary(), draft.themes(), draft.targetGroups(), draft.area(), draft.level(), draft.promise(),
                draft.answerWithinDays(), null, List.of()), "test");
        open("/trajecten/" + process + "/voortgang");
        assertThat(pageText()).contains(message("progress.timeline.empty"));
        assertNoAxeViolations();
        assertFitsAPhone();
        open("/samenwerkingen/" + world.collaboration().slug() + "/voortgang");
        assertThat(pageText()).contains(message("progress.timeline.empty"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
