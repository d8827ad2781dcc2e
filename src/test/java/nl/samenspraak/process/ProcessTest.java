package nl.samenspraak.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.process.Processes.InvalidProcessException;
import org.junit.jupiter.api.Test;

class ProcessTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    private final UUID collaboration = UUID.randomUUID();

    private static ProcessDraft draft(int answerWithinDays, List<Phase> phases) {
        return new ProcessDraft("Gezond oud worden", "Wat heeft u nodig?", List.of("zorg", " ", "wonen"),
                List.of("ouderen"), "Texel", ParticipationLevel.ADVISING,
                new InfluencePromise("open", "vast", "de raad", "in juni"), answerWithinDays, "", phases);
    }

    private Process create(ProcessDraft draft) {
        return Process.create(new ProcessId(UUID.randomUUID()), collaboration, draft);
    }

    private static InvalidProcessException rejection(Runnable action) {
        try {
            action.run();
        } catch (InvalidProcessException e) {
            return e;
        }
        throw new AssertionError("expected the draft to be rejected");
    }

    @Test
    void newProcessLeavesOutEmptyThemesAndKeepsItsPhasesInOrder() {
        Process process = create(draft(30, List.of(new Phase("Ophalen", MAY, MAY.plusDays(30)),
                new Phase("Terugkoppelen", MAY.plusDays(31), MAY.plusDays(60)))));

        assertThat(process.collaborationId()).isEqualTo(collaboration);
        assertThat(process.themes()).containsExactly("zorg", "wonen");
        assertThat(process.phases()).extracting(Phase::name).containsExactly("Ophalen", "Terugkoppelen");
    }

    @Test
    void rejectsPhaseThatEndsBeforeItStarts() {
        var e = rejection(() -> create(draft(30, List.of(new Phase("Ophalen", MAY, MAY.minusDays(1))))));
        assertThat(e.messageKey()).isEqualTo("process.error.phaseDates");
    }

    @Test
    void rejectsPhaseWithoutNameOrDates() {
        var e = rejection(() -> create(draft(30, List.of(new Phase(" ", MAY, MAY)))));
        assertThat(e.messageKey()).isEqualTo("process.error.phaseIncomplete");
    }

    @Test
    void rejectsMoreThanTwentyPhases() {
        List<Phase> many = java.util.stream.IntStream.rangeClosed(0, Process.PHASES_MAX)
                .mapToObj(i -> new Phase("Fase " + i, MAY, MAY)).toList();
        assertThat(rejection(() -> create(draft(30, many))).messageKey()).isEqualTo("process.error.tooManyPhases");
    }

    @Test
    void firstInvolvementIsOneOfTheProcesssOwnPhasesSpelledAsThePhaseIs() {
        List<Phase> phases = List.of(new Phase("Ideeën ophalen", MAY, MAY), new Phase("Besluiten", MAY, MAY));
        ProcessDraft base = draft(30, phases);
        ProcessDraft chosen = new ProcessDraft(base.title(), base.summary(), base.themes(), base.targetGroups(),
                base.area(), base.level(), base.promise(), 30, "  besluiten ", phases);
        assertThat(create(chosen).firstInvolvedPhase()).isEqualTo("Besluiten");
        assertThat(create(base).firstInvolvedPhase()).as("not chosen yet").isEmpty();

        ProcessDraft freeText = new ProcessDraft(base.title(), base.summary(), base.themes(), base.targetGroups(),
                base.area(), base.level(), base.promise(), 30, "Zodra het kan", phases);
        InvalidProcessException refused = rejection(() -> create(freeText));
        assertThat(refused.field()).isEqualTo("firstInvolvedPhase");
        assertThat(refused.messageKey()).isEqualTo("process.error.firstInvolvedPhase");
    }

    @Test
    void answerDeadlineIsPromisedWithinOneDayToAYear() {
        assertThat(rejection(() -> create(draft(0, List.of()))).messageKey())
                .isEqualTo("process.error.answerWithinDays");
        assertThat(rejection(() -> create(draft(366, List.of()))).messageKey())
                .isEqualTo("process.error.answerWithinDays");
        assertThat(create(draft(365, List.of())).answerWithinDays()).isEqualTo(365);
    }

    @Test
    void rejectsInfluencePromiseLongerThanTwoThousandCharacters() {
        ProcessDraft base = draft(30, List.of());
        ProcessDraft tooLong = new ProcessDraft(base.title(), base.summary(), base.themes(), base.targetGroups(),
                base.area(), base.level(), new InfluencePromise("x".repeat(Process.PROMISE_PART_MAX + 1), "", "", ""),
                base.answerWithinDays(), base.firstInvolvedPhase(), base.phases());
        assertThat(rejection(() -> create(tooLong)).field()).isEqualTo("promise");
    }

    @Test
    void rejectsProcessWithoutTitleOrPlaceOnTheLadder() {
        ProcessDraft base = draft(30, List.of());
        assertThat(rejection(() -> create(new ProcessDraft(" ", base.summary(), null, null, null, base.level(), null,
                30, null, null))).field()).isEqualTo("title");
        assertThat(rejection(() -> create(new ProcessDraft(base.title(), base.summary(), null, null, null, null, null,
                30, null, null))).field()).isEqualTo("participationLevel");
    }

    @Test
    void revisionKeepsTheProcessAndItsCollaborationUnderTheSameRules() {
        Process process = create(draft(30, List.of()));
        Process revised = process.revise(draft(60, List.of()));

        assertThat(revised.id()).isEqualTo(process.id());
        assertThat(revised.collaborationId()).isEqualTo(collaboration);
        assertThat(revised.answerWithinDays()).isEqualTo(60);
        assertThatThrownBy(() -> process.revise(draft(0, List.of()))).isInstanceOf(InvalidProcessException.class);
    }
}
