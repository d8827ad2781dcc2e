package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident without JavaScript goes from their follow page to the decision about their input. */
@BrowserTest.WithoutJavaScript
class DecisionWithoutJavaScriptJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;

    @Test
    void aResidentFollowsTheirInputToTheDecision() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var input = intake.capture(c, process, new NewInput("Meer bankjes langs het wandelpad.", Channel.PAPER,
                today().minusDays(3), true, Author.anonymous(), world.coordinatorId()));
        var id = decisions.record(c, process, new NewDecision("Vijf nieuwe bankjes", "Er komen vijf bankjes.",
                "Het college", today(), "Veel mensen vroegen erom.", List.of(input.id())), world.coordinatorId(), "test");

        open("/volg/" + input.followCode().display());
        assertThat(pageText()).contains(message("participate.followed.decisionsTitle"), message("decision.state.PLANNED"));
        assertNoAxeViolations();
        tabAndEnter(link("Vijf nieuwe bankjes"));
        assertThat(currentPath()).isEqualTo("/besluiten/" + id);
        assertThat(pageText()).contains("Veel mensen vroegen erom.", message("decision.public.noUpdates"));
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
