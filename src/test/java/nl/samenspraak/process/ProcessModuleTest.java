package nl.samenspraak.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The process module with the modules it uses: a coordinator starts a process with dated phases and revises it. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class ProcessModuleTest {

    @Autowired Processes processes;
    @Autowired Collaborations collaborations;
    @Autowired Clock clock;

    @Test
    void coordinatorStartsAProcessAndRevisesItsPhases() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create("process-" + unique, "Samen " + unique, "Texel", "",
                List.of(), List.of(), "test");
        LocalDate today = LocalDate.now(clock);
        ProcessDraft draft = new ProcessDraft("Gezond oud worden", "Wat heeft u nodig?", List.of("zorg"), List.of(),
                "Texel", ParticipationLevel.ADVISING, new InfluencePromise("open", "vast", "de raad", "juni"), 30,
                "Ophalen", List.of(new Phase("Ophalen", today, today.plusDays(30))));

        UUID id = processes.create(collaboration.id(), draft, "test");
        boolean revised = processes.update(collaboration.id(), id, new ProcessDraft(draft.title(), draft.summary(),
                draft.themes(), draft.targetGroups(), draft.area(), draft.level(), draft.promise(), 60,
                draft.firstInvolvedPhase(), List.of(new Phase("Ophalen", today, today.plusDays(30)),
                new Phase("Terugkoppelen", today.plusDays(31), today.plusDays(60)))), "test");

        assertThat(revised).isTrue();
        Process stored = processes.find(collaboration.id(), new ProcessId(id)).orElseThrow();
        assertThat(stored.answerWithinDays()).isEqualTo(60);
        assertThat(stored.phases()).extracting(Phase::name).containsExactly("Ophalen", "Terugkoppelen");
        assertThat(stored.phases().getFirst().isCurrent(today)).isTrue();
    }
}
