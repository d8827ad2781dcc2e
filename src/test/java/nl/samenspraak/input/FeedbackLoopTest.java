package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FeedbackLoopTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired InputViews views;
    @Autowired InputContacts contacts;

    @Test
    void givesEveryInputAFollowCodeAndADueDateFromThePromise() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var receipt = intake.capture(world.collaboration().id(), process, new NewInput("Meer bankjes in het park",
                Channel.DOOR_TO_DOOR, today().minusDays(3), true, Author.anonymous(), world.coordinatorId()));

        assertThat(receipt.followCode().display()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(receipt.answerDue()).isEqualTo(today().minusDays(3).plusDays(14));
        assertThat(views.byFollowCode(receipt.followCode().display().toLowerCase())).map(Input::id).contains(receipt.id());
    }

    @Test
    void rejectsFinalStatusWithoutAnswerAndChangesNothing() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var receipt = intake.receiveOnline(process, "Graag een wandelgroep", true, Author.anonymous());

        assertThatThrownBy(() -> feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.NOT_ADOPTED,
                "   ", world.coordinatorId(), "test"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("input.error.answerRequired");

        Input unchanged = views.find(world.collaboration().id(), receipt.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(unchanged.answer()).isNull();
        assertThat(unchanged.answeredOn()).isNull();
    }

    @Test
    void answersSimilarInputsTogetherAllOrNothing() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var a = intake.receiveOnline(process, "Bankjes bij de supermarkt", true, Author.anonymous());
        var b = intake.receiveOnline(process, "Een bankje bij de bushalte", true, Author.anonymous());

        List<Input> answered = feedback.answerAll(world.collaboration().id(), List.of(a.id(), b.id()),
                FeedbackStatus.ADOPTED, "Er komen vijf nieuwe bankjes.", world.coordinatorId(), "test");

        assertThat(answered).extracting(Input::status).containsOnly(FeedbackStatus.ADOPTED);
        assertThat(views.find(world.collaboration().id(), b.id()).orElseThrow().answer()).isEqualTo("Er komen vijf nieuwe bankjes.");
    }

    @Test
    void anotherCollaborationCannotAnswerOrReadAnInput() {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        var receipt = intake.receiveOnline(fixtures.aProcess(mine), "Mijn idee", true, Author.anonymous());

        assertThat(views.find(theirs.collaboration().id(), receipt.id())).isEmpty();
        assertThatThrownBy(() -> feedback.answer(theirs.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED,
                "Ja", theirs.coordinatorId(), "test")).isInstanceOf(nl.samenspraak.platform.NotFoundException.class);
        assertThat(views.find(mine.collaboration().id(), receipt.id()).orElseThrow().status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void refusesContactDetailsWithoutConsentAndKeepsOnlyWhatTheChannelNeeds() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        assertThatThrownBy(() -> intake.receiveOnline(process, "Idee", true,
                new Author("Ans", "ans@example.org", null, null, ContactBy.EMAIL, false)))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.consentRequired");

        var receipt = intake.receiveOnline(process, "Idee", true,
                new Author("Ans", "ans@example.org", "Dorpsstraat 1", "0612345678", ContactBy.EMAIL, true));
        var contact = contacts.of(world.collaboration().id(), receipt.id()).orElseThrow();
        assertThat(contact.email()).isEqualTo("ans@example.org");
        assertThat(contact.postalAddress()).isNull();
        assertThat(contact.phone()).isNull();
    }

    @Test
    void storesHostileTextAsTextAndRefusesNulBytesQuietly() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String hostile = "<script>alert(1)</script>'; DROP TABLE input; -- ${7*7} [[${7*7}]] \u202Eabc\u0000";
        var receipt = intake.receiveOnline(process, hostile, true, Author.anonymous());
        assertThat(views.find(world.collaboration().id(), receipt.id()).orElseThrow().text())
                .isEqualTo("<script>alert(1)</script>'; DROP TABLE input; -- ${7*7} [[${7*7}]] \u202Eabc");
        assertThatThrownBy(() -> intake.receiveOnline(process, "x".repeat(64 * 1024), true, Author.anonymous()))
                .isInstanceOf(InvalidInputException.class).hasMessage("input.error.textTooLong");
    }
}
