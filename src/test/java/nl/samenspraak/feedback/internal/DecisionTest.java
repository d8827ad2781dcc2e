package nl.samenspraak.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.InvalidDecisionException;
import nl.samenspraak.feedback.NewDecision;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
    private static final UUID COLLABORATION = UUID.randomUUID();
    private static final UUID PROCESS = UUID.randomUUID();

    private static NewDecision draft(LocalDate on, List<UUID> inputs) {
        return new NewDecision("Bankjes in het park", "Er komen tien bankjes.", "college van B&W", on,
                "Veel ouderen vroegen erom.", inputs);
    }

    private static Decision taken() {
        return Decision.take(COLLABORATION, PROCESS, draft(TODAY.minusDays(10), List.of()), Map.of(), CLOCK);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidDecisionException) e).field() + ":" + ((InvalidDecisionException) e).messageKey();
    }

    @Test
    void newDecisionStartsPlannedWithoutUpdates() {
        Decision d = taken();
        assertThat(d.state()).isEqualTo(DecisionState.PLANNED);
        assertThat(d.changes()).isZero();
        assertThat(d.title()).isEqualTo("Bankjes in het park");
    }

    @Test
    void refusesDecisionWithoutTitleTextOrDecider() {
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS,
                new NewDecision("  ", "t", "b", TODAY, null, List.of()), Map.of(), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("title:decision.error.title.required"));
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS,
                new NewDecision("t", null, "b", TODAY, null, List.of()), Map.of(), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("text:decision.error.text.required"));
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS,
                new NewDecision("t", "x", "\u0000", TODAY, null, List.of()), Map.of(), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("decidedBy:decision.error.decidedBy.required"));
    }

    @Test
    void refusesTitleOneOverTheLimit() {
        String tooLong = "a".repeat(nl.samenspraak.feedback.DecisionLimits.TITLE + 1);
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS,
                new NewDecision(tooLong, "t", "b", TODAY, null, List.of()), Map.of(), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("title:decision.error.title.tooLong"));
    }

    @Test
    void refusesDecisionDatedTomorrowInTheNetherlands() {
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS, draft(TODAY.plusDays(1), List.of()), Map.of(), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("decidedOn:decision.error.decidedOn.future"));
    }

    @Test
    void refusesInputOfAnotherProcessOrUnknownInput() {
        UUID own = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        Map<UUID, UUID> processOf = Map.of(own, PROCESS, foreign, UUID.randomUUID());
        assertThat(Decision.take(COLLABORATION, PROCESS, draft(TODAY, List.of(own)), processOf, CLOCK)).isNotNull();
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS, draft(TODAY, List.of(own, foreign)), processOf, CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("inputIds:decision.error.inputs.otherProcess"));
        assertThatThrownBy(() -> Decision.take(COLLABORATION, PROCESS, draft(TODAY, List.of(unknown)), processOf, CLOCK))
                .isInstanceOf(InvalidDecisionException.class);
    }

    @Test
    void delayNeedsAReason() {
        assertThatThrownBy(() -> taken().update(DecisionState.DELAYED, " ", TODAY, CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("text:decision.error.update.reasonRequired"));
        assertThat(taken().update(DecisionState.DELAYED, "De leverancier is failliet.", TODAY, CLOCK).decision().state())
                .isEqualTo(DecisionState.DELAYED);
    }

    @Test
    void stopNeedsAReasonButProgressDoesNot() {
        assertThatThrownBy(() -> taken().update(DecisionState.STOPPED, null, TODAY, CLOCK))
                .isInstanceOf(InvalidDecisionException.class);
        assertThat(taken().update(DecisionState.IN_PROGRESS, null, TODAY, CLOCK).update().text()).isNull();
    }

    @Test
    void updatesAreNumberedInOrder() {
        Decision.Updated first = taken().update(DecisionState.IN_PROGRESS, null, TODAY.minusDays(5), CLOCK);
        Decision.Updated second = first.decision().update(DecisionState.DONE, "Klaar.", TODAY, CLOCK);
        assertThat(first.update().number()).isEqualTo(1);
        assertThat(second.update().number()).isEqualTo(2);
        assertThat(second.decision().changes()).isEqualTo(2);
        assertThat(second.decision().state()).isEqualTo(DecisionState.DONE);
    }

    @Test
    void doneDecisionCanStillGetHonestNews() {
        Decision done = taken().update(DecisionState.DONE, null, TODAY.minusDays(1), CLOCK).decision();
        assertThat(done.update(DecisionState.DELAYED, "Een bankje is kapot en wordt vervangen.", TODAY, CLOCK)
                .decision().state()).isEqualTo(DecisionState.DELAYED);
    }

    @Test
    void updateCannotPredateTheDecisionOrLieInTheFuture() {
        assertThatThrownBy(() -> taken().update(DecisionState.IN_PROGRESS, null, TODAY.minusDays(11), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("date:decision.error.update.date.beforeDecision"));
        assertThatThrownBy(() -> taken().update(DecisionState.IN_PROGRESS, null, TODAY.plusDays(1), CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("date:decision.error.update.date.future"));
        assertThatThrownBy(() -> taken().update(null, null, TODAY, CLOCK))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("state:decision.error.state.required"));
    }
}
