package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputAnswered;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The feedback module with the modules it depends on (directly or not: process needs knowledge): a final answer is stored and announced. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class FeedbackModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Processes processes;
    @Autowired InputIntake intake;
    @Autowired InputViews views;
    @Autowired FeedbackLoop feedback;
    @Autowired Clock clock;

    @Test
    void finalAnswerIsStoredAndRaisesInputAnswered(PublishedEvents events) {
        String slug = "feedback-module-" + UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create(slug, "Samen Feedback", "Regio", "Een test.",
                List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test");
        UUID process = processes.create(collaboration.id(), Fixtures.aProcessDraft("Bankjes in het park"), "test");
        UUID input = intake.capture(collaboration.id(), process, new NewInput("Meer bankjes in het park",
                Channel.PAPER, LocalDate.now(clock), true, Author.anonymous(), null)).id();

        feedback.answer(collaboration.id(), input, FeedbackStatus.ADOPTED, "Er komen vijf bankjes.", null, "test");

        Input answered = views.find(collaboration.id(), input).orElseThrow();
        assertThat(answered.status()).isEqualTo(FeedbackStatus.ADOPTED);
        assertThat(answered.answer()).isEqualTo("Er komen vijf bankjes.");
        assertThat(answered.answeredOn()).isEqualTo(LocalDate.now(clock));
        assertThat(events.ofType(InputAnswered.class).matching(e -> e.inputId().equals(input))).hasSize(1);
    }
}
