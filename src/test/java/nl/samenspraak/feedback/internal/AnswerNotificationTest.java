package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnswerNotificationTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    @Test
    void mailsTheAnswerWithFollowCodeAndLinkToAuthorsWhoChoseEmail() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Meer bankjes in het park, graag!", true,
                Authors.byEmail("Ans de Vries", email));
        awaitReceipt(collaboration, receipt.id(), email);

        feedback.answer(collaboration, receipt.id(), FeedbackStatus.ADOPTED, "Er komen vijf nieuwe bankjes.",
                world.coordinatorId(), "test");

        // The receipt came first; the answer is the second mail.
        MimeMessage mail = eventually().until(() -> mailsTo(email), list -> list.size() == 2).get(1);
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("Antwoord op uw inbreng [" + receipt.followCode().display() + "]");
        assertThat(body).contains("Beste Ans de Vries,", "Eenzaamheid in de wijk", "> Meer bankjes in het park, graag!",
                "We nemen uw inbreng over.", "Er komen vijf nieuwe bankjes.",
                "/volg/" + receipt.followCode().display(), world.coordinatorEmail(), "In English:");
        eventually().until(() -> notifications.of(collaboration, receipt.id()),
                list -> sameNotifications(list, new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT),
                        new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER)));
        assertThat(jdbc.sql("SELECT bool_and(done_at IS NOT NULL) FROM notification WHERE input_id = :i")
                .param("i", receipt.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void completesEveryEventPublicationOfAnAnswer() {
        var world = fixtures.aCollaborationWithStaff();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Een wandelgroep op dinsdag", true,
                Authors.byEmail(null, Authors.uniqueEmail()));

        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.PARTLY_ADOPTED,
                "Er komt een wandelgroep, maar op woensdag.", world.coordinatorId(), "test");

        // The receipt and the answer: both events are handled and their publications completed.
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()).size() == 2);
        eventually().until(() -> incompletePublicationsOf(receipt.id()) == 0);
        assertThat(incompletePublicationsOf(receipt.id())).isZero();
        assertThat(notifications.of(world.collaboration().id(), receipt.id()))
                .extracting(n -> n.channel() + " " + n.kind()).containsExactlyInAnyOrder("EMAIL RECEIPT", "EMAIL ANSWER");
    }

    @Test
    void keepsTheMailWhileTheMailServerIsDownAndSendsItWhenItIsBack() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Een bus naar het ziekenhuis", true,
                Authors.byEmail("Piet", email));
        awaitReceipt(collaboration, receipt.id(), email);
        UUID mailId;
        MAIL_SERVER.stop();
        try {
            feedback.answer(collaboration, receipt.id(), FeedbackStatus.NOT_ADOPTED,
                    "Er rijdt al een buurtbus. Die kunt u bellen.", world.coordinatorId(), "test");
            mailId = eventually().until(() -> outboxMailOf(receipt.id()), id -> id != null);
            eventually().until(() -> attempts(mailId) >= 1);
            // Skip the back-off pause instead of waiting 30 seconds for the second try.
            jdbc.sql("UPDATE outbox_mail SET next_attempt_at = now() WHERE id = :id").param("id", mailId).update();
            eventually().until(() -> attempts(mailId) >= 2);

            assertThat(notifications.of(collaboration, receipt.id())).containsExactlyInAnyOrder(
                    new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT),
                    new NotificationView("EMAIL", "QUEUED", NoticeKind.ANSWER));
            assertThat(jdbc.sql("SELECT last_error FROM outbox_mail WHERE id = :id").param("id", mailId)
                    .query(String.class).single()).isNotBlank();
            assertThat(mailsTo(email)).isEmpty(); // a stopped server starts empty: the receipt went before
        } finally {
            MAIL_SERVER.start();
        }
        jdbc.sql("UPDATE outbox_mail SET next_attempt_at = now() WHERE id = :id").param("id", mailId).update();

        MimeMessage mail = eventually().until(() -> mailsTo(email), list -> list.size() == 1).getFirst();
        assertThat((String) mail.getContent()).contains("Er rijdt al een buurtbus.", receipt.followCode().display());
        eventually().until(() -> notifications.of(collaboration, receipt.id()),
                list -> sameNotifications(list, new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT),
                        new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER)));
    }

    @Test
    void sendsOneMailPerDistinctAnswerSoAChangedAnswerIsToldAgain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Koffie-ochtend in het buurthuis", true,
                Authors.byEmail("Fatima", email));
        awaitReceipt(collaboration, receipt.id(), email);

        // One step at a time: the notifier tells the answer as it is when it runs, so answers given
        // in quick succession may rightly reach the author as one mail with the newest answer.
        feedback.answer(collaboration, receipt.id(), FeedbackStatus.ADOPTED, "Vanaf mei elke vrijdag.", world.coordinatorId(), "test");
        eventually().until(() -> incompletePublicationsOf(receipt.id()) == 0);
        feedback.answer(collaboration, receipt.id(), FeedbackStatus.ADOPTED, "Vanaf mei elke vrijdag.", world.coordinatorId(), "test");
        eventually().until(() -> incompletePublicationsOf(receipt.id()) == 0);
        feedback.answer(collaboration, receipt.id(), FeedbackStatus.ADOPTED, "Vanaf juni elke vrijdag.", world.coordinatorId(), "test");
        eventually().until(() -> incompletePublicationsOf(receipt.id()) == 0);
        eventually().until(() -> notifications.of(collaboration, receipt.id()),
                list -> sameNotifications(list, new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT),
                        new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER), new NotificationView("EMAIL", "SENT", NoticeKind.ANSWER)));
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(3);
        assertThat((String) mails.get(2).getContent()).contains("Vanaf juni elke vrijdag.");
    }

    @Test
    void putsLettersOnThePrintListAndCallsOnTheCallListAndTellsNobodyWithoutContact() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var letter = intake.receiveOnline(process, "Een brief graag", true, Authors.byPost("Jan", "Dorpsstraat 1\n1234 AB Dorp"));
        var call = intake.receiveOnline(process, "Bel mij maar", true, Authors.byPhone("Mien", "0612345678"));
        var nobody = intake.receiveOnline(process, "Ik wil niets horen", true, Author.anonymous());

        feedback.answerAll(collaboration, List.of(letter.id(), call.id(), nobody.id()), FeedbackStatus.ALREADY_EXISTS,
                "Dit is er al: kijk op de website van de gemeente.", world.coordinatorId(), "test");

        eventually().until(() -> notifications.of(collaboration, letter.id()),
                list -> list.equals(List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER))));
        eventually().until(() -> notifications.of(collaboration, call.id()),
                list -> list.equals(List.of(new NotificationView("PHONE", "TO_CALL", NoticeKind.ANSWER))));
        eventually().until(() -> incompletePublicationsOf(nobody.id()) == 0);
        assertThat(notifications.of(collaboration, nobody.id())).isEmpty();
    }

    @Test
    void reusesTheOpenLetterForAChangedAnswerAndWritesAgainAfterPrinting() {
        var world = fixtures.aCollaborationWithStaff();
        UUID collaboration = world.collaboration().id();
        var letter = intake.receiveOnline(fixtures.aProcess(world), "Meer licht op straat", true,
                Authors.byPost("Jan", "Dorpsstraat 2\n1234 AB Dorp"));

        feedback.answer(collaboration, letter.id(), FeedbackStatus.BEING_CONSIDERED, "", world.coordinatorId(), "test");
        feedback.answer(collaboration, letter.id(), FeedbackStatus.ADOPTED, "Er komen lampen.", world.coordinatorId(), "test");
        feedback.answer(collaboration, letter.id(), FeedbackStatus.ADOPTED, "Er komen tien lampen.", world.coordinatorId(), "test");
        eventually().until(() -> incompletePublicationsOf(letter.id()) == 0);
        assertThat(notifications.of(collaboration, letter.id())).containsExactly(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));

        jdbc.sql("UPDATE notification SET state = 'PRINTED', done_at = now() WHERE input_id = :i").param("i", letter.id()).update();
        feedback.answer(collaboration, letter.id(), FeedbackStatus.ADOPTED, "Er komen tien lampen.", world.coordinatorId(), "test");
        feedback.answer(collaboration, letter.id(), FeedbackStatus.PARTLY_ADOPTED, "Er komen vijf lampen.", world.coordinatorId(), "test");

        eventually().until(() -> notifications.of(collaboration, letter.id()), list -> list.equals(List.of(
                new NotificationView("POST", "PRINTED", NoticeKind.ANSWER), new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER))));
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

    private int incompletePublicationsOf(UUID inputId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + inputId + "%").query(Integer.class).single();
    }

    /** An e-mail author first gets a receipt; waiting for it keeps the answer's mail the next one. */
    private void awaitReceipt(UUID collaboration, UUID inputId, String email) throws Exception {
        eventually().until(() -> notifications.of(collaboration, inputId),
                list -> list.equals(List.of(new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT))));
        eventually().until(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).getFirst().getSubject()).startsWith("Wij hebben uw inbreng ontvangen");
    }

    private static boolean sameNotifications(List<NotificationView> actual, NotificationView... expected) {
        List<String> a = actual.stream().map(Object::toString).sorted().toList();
        List<String> e = Arrays.stream(expected).map(Object::toString).sorted().toList();
        return a.equals(e);
    }

    private UUID outboxMailOf(UUID inputId) {
        return jdbc.sql("SELECT outbox_mail_id FROM notification WHERE input_id = :i AND kind = 'ANSWER'").param("i", inputId)
                .query(UUID.class).optional().orElse(null);
    }

    private int attempts(UUID mailId) {
        return jdbc.sql("SELECT attempts FROM outbox_mail WHERE id = :id").param("id", mailId).query(Integer.class).single();
    }
}
