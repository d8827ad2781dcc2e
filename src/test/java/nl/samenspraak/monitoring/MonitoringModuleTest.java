package nl.samenspraak.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The monitoring module with only the modules it reads: an overdue input shows up as a late answer
 * in the quarter of its deadline.
 */
// Closed after this class, so its own PostgreSQL and jobs do not run beside the whole-app tests.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class MonitoringModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired ProcessIndicators indicators;
    @Autowired Clock clock;

    @Test
    void anOverdueInputIsALateAnswerInTheQuarterOfItsDeadline() {
        String slug = "monitoring-" + UUID.randomUUID().toString().substring(0, 8);
        UUID c = collaborations.create(slug, "Samen " + slug, "Texel", "", List.of(), List.of(), "test").id();
        UUID process = processes.create(c, Fixtures.aProcessDraft("Bankjes in het dorp"), "test");
        LocalDate today = LocalDate.now(clock);
        LocalDate received = today.minusDays(60);
        intake.capture(c, process, new NewInput("Een bankje bij de kerk.", Channel.PAPER, received, false,
                Author.anonymous(), null));

        IndicatorBoard board = indicators.forCollaboration(CollaborationId.of(c), today);

        Indicator onTime = board.get(IndicatorKind.ANSWERS_ON_TIME);
        assertThat(onTime.currentQuarter()).isEqualTo(Quarter.of(received.plusDays(14)));
        assertThat(onTime.current()).isEqualTo(Figure.share(0, 1));
        assertThat(board.isEmpty()).isFalse();
    }
}
