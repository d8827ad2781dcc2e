package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Linking an input to a decision is not answering it: the answer comes on its own and names the decision beside it. */
class AnswerMailDecisionsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;
    @Autowired FeedbackLoop feedback;

    @Test
    void theAnswerOfALinkedInputNamesTheDecisionAndAnUnlinkedOneDoesNot() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var process = fixtures.aProcess(world);
        String linkedAuthor = Authors.uniqueEmail();
        String otherAuthor = Authors.uniqueEmail();
        var linked = intake.receiveOnline(process, "Meer bankjes in het park", true,
                Authors.byEmail("Piet Jansen", linkedAuthor), "nl", false, null);
        var other = intake.receiveOnline(process, "Een moestuin bij school", true,
                Authors.byEmail(null, otherAuthor), "nl", false, null);
        DecisionId decision = decisions.record(world.collaboration().id(), process, new NewDecision(
                "Vijf bankjes in het park", "Het college plaatst vijf bankjes.", "Het college", today(), null,
                List.of(linked.id())), world.coordinatorId(), "test");

        feedback.answer(world.collaboration().id(), linked.id(), FeedbackStatus.ADOPTED,
                "We plaatsen de bankjes dit voorjaar.", world.coordinatorId(), "test");
        feedback.answer(world.collaboration().id(), other.id(), FeedbackStatus.ADOPTED,
                "De school legt de moestuin aan.", world.coordinatorId(), "test");

        String answer = (String) answerTo(linkedAuthor).getContent();
        assertThat(answer).contains("We plaatsen de bankjes dit voorjaar.",
                "Uw inbreng is ook meegenomen in dit besluit:",
                "- Vijf bankjes in het park: ", "/besluiten/" + decision.value());
        assertThat((String) answerTo(otherAuthor).getContent()).contains("De school legt de moestuin aan.")
                .doesNotContain("meegenomen in", "/besluiten/");
    }

    private MimeMessage answerTo(String email) {
        return eventually().until(() -> mailsTo(email).stream().filter(m -> subject(m).startsWith("Antwoord")).toList(),
                list -> list.size() == 1).getFirst();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
