package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A viewer opens the process indicators from the dashboard by keyboard: first of a collaboration
 * without history (the empty state), then of one with two quarters of answers and residents taking
 * part. Axe on every page, also 390 px wide.
 */
class IndicatorsJourneyTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Residents residents;
    @Autowired Participations participations;

    @Test
    void aViewerReadsTheIndicatorsAndTheirTrendsByKeyboard() {
        var empty = fixtures.aCollaborationWithStaff();
        logIn(empty.viewerEmail(), Fixtures.PASSWORD);
        open("/beheer/" + empty.collaboration().slug());
        tabAndEnter(link(message("monitoring.dashboardLink")));
        assertThat(currentPath()).isEqualTo("/beheer/" + empty.collaboration().slug() + "/indicatoren");
        assertThat(heading()).isEqualTo(message("monitoring.indicators.title"));
        assertThat(pageText()).contains(message("monitoring.indicators.empty"));
        assertNoAxeViolations();
        assertFitsAPhone();

        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        LocalDate first = Quarter.of(today()).plus(-2).start().plusDays(3);
        for (int i = 0; i < 5; i++) {
            LocalDate received = i < 2 ? first : first.plusMonths(3);
            UUID id = intake.capture(c, process, new NewInput("Een bankje bij de bushalte.", Channel.PAPER, received,
                    false, Author.anonymous(), null)).id();
            feedback.recordEarlierAnswer(c, id, FeedbackStatus.ADOPTED, "Dat doen we.", received.plusDays(i == 4 ? 30 : 3),
                    world.coordinatorId(), "test");
        }
        for (int i = 0; i < 12; i++) {
            UUID resident = residents.register(c, new ResidentDetails("Inwoner " + i, "e2e-" + UUID.randomUUID()
                    + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
            participations.record(c, resident, new Participations.Participation(
                    i < 3 ? Participations.Kind.POOL : Participations.Kind.MEETING, null, null, null, "ONLINE", null));
        }
        logIn(world.viewerEmail(), Fixtures.PASSWORD);
        open("/beheer/" + world.collaboration().slug());
        tabAndEnter(link(message("monitoring.dashboardLink")));
        assertThat(pageText()).contains(message("monitoring.indicator.answersOnTime.title"),
                message("monitoring.figure.share", 67, 2, 3), message("monitoring.part.MEETING"),
                message("monitoring.figure.suppressed")).doesNotContain(message("monitoring.indicators.empty"));
        assertThat(driver.findElements(By.cssSelector(".table-scroll table"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("svg[role=img]"))).hasSize(1);
        assertNoAxeViolations();
        assertFitsAPhone();
    }
}
