package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The input module with the modules it depends on (directly or not: process needs knowledge): an input captured by staff gets its code and due date. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class InputModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired InputViews views;
    @Autowired Clock clock;

    @Test
    void capturedInputIsStoredWithItsFollowCodeAndDueDateAndAnnounced(PublishedEvents events) {
        String slug = "input-module-" + UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create(slug, "Samen Input", "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test");
        UUID process = processes.create(collaboration.id(), Fixtures.aProcessDraft("Bankjes in het park"), "test");
        LocalDate today = LocalDate.now(clock);

        InputIntake.Receipt receipt = intake.capture(collaboration.id(), process,
                new NewInput("Meer bankjes in het park", Channel.PAPER, today, true, Author.anonymous(), null));

        Input stored = views.find(collaboration.id(), receipt.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored.followCode()).isEqualTo(receipt.followCode());
        assertThat(stored.answerDue()).isEqualTo(today.plusDays(14));
        assertThat(views.byFollowCode(receipt.followCode().display())).contains(stored);
        assertThat(events.ofType(InputReceived.class).matching(e -> e.inputId().equals(receipt.id()))).hasSize(1);
    }
}
