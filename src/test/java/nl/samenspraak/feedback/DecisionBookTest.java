package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DecisionBookTest extends IntegrationTest {

    @Autowired DecisionBook decisions;
    @Autowired InputIntake intake;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void decisionLinksInputsAndShowsOnEachInputWithItsUpdates() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID a = intake.receiveOnline(process, "Bankjes bij de supermarkt", true, Author.anonymous()).id();
        UUID b = intake.receiveOnline(process, "Een bankje bij de bushalte", true, Author.anonymous()).id();
        LocalDate today = LocalDate.now(clock);

        DecisionId id = decisions.record(c, process, new NewDecision("Tien bankjes", "Er komen tien bankjes.",
                "college van B&W", today, "Veel vragen om rustpunten.", List.of(a, b, a)), world.coordinatorId(), "test");
        decisions.update(c, id, DecisionState.DELAYED, "De levering is later.", today, world.coordinatorId(), "test");

        PublicDecision shown = decisions.ofProcess(c, process).getFirst();
        assertThat(shown.inputCount()).isEqualTo(2);
        assertThat(shown.state()).isEqualTo(DecisionState.DELAYED);
        assertThat(shown.updates()).extracting(DecisionUpdate::text).containsExactly("De levering is later.");
        assertThat(decisions.ofInput(c, a)).extracting(DecisionSummary::title).containsExactly("Tien bankjes");
        assertThat(decisions.ofInputs(c, List.of(a, b)).keySet()).containsExactlyInAnyOrder(a, b);
        assertThat(decisions.linkedInputs(c, id)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void inputOfAnotherCollaborationIsRefusedAndNothingIsStored() {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(mine);
        UUID foreign = intake.receiveOnline(fixtures.aProcess(theirs), "Elders", true, Author.anonymous()).id();
        long before = decisionsOf(mine.collaboration().id());

        assertThatThrownBy(() -> decisions.record(mine.collaboration().id(), process, new NewDecision("T", "x", "b",
                LocalDate.now(clock), null, List.of(foreign)), mine.coordinatorId(), "test"))
                .isInstanceOf(InvalidDecisionException.class);
        assertThat(decisionsOf(mine.collaboration().id())).isEqualTo(before);
    }

    @Test
    void anotherCollaborationCannotUpdateTheDecision() {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(mine);
        DecisionId id = decisions.record(mine.collaboration().id(), process, new NewDecision("T", "x", "b",
                LocalDate.now(clock), null, List.of()), mine.coordinatorId(), "test");

        assertThatThrownBy(() -> decisions.update(theirs.collaboration().id(), id, DecisionState.DONE, null,
                LocalDate.now(clock), theirs.coordinatorId(), "test")).isInstanceOf(NotFoundException.class);
        assertThat(decisions.find(mine.collaboration().id(), id).orElseThrow().state()).isEqualTo(DecisionState.PLANNED);
    }

    private long decisionsOf(UUID collaborationId) {
        return jdbc.sql("SELECT count(*) FROM decision WHERE collaboration_id = :c").param("c", collaborationId)
                .query(Long.class).single();
    }
}
