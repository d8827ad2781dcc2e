package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An author hears that their input arrived: by e-mail always, by letter only when asked, never by phone. */
class ReceiptTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    @Test
    void anEmailAuthorGetsTheFollowCodeWhatHappensNextAndTheAnswerDateInPlainDutch() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "Meer bankjes in het park", true,
                Authors.byEmail("Ans de Vries", email));

        MimeMessage mail = eventually().until(() -> mailsTo(email), list -> list.size() == 1).getFirst();
        String code = receipt.followCode().display();
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("Wij hebben uw inbreng ontvangen [" + code + "]");
        assertThat(body).contains("Beste Ans de Vries,", "Eenzaamheid in de wijk", "Uw volgcode is: " + code,
                "Wat gebeurt er nu?", "1. We lezen uw inbreng.",
                "3. U krijgt uiterlijk " + dutchDate(receipt) + " ons antwoord per e-mail.",
                "/volg/" + code, "/volg en vul uw volgcode in", world.coordinatorEmail(), "In English:");
        assertThat(body).doesNotContain("Meer bankjes in het park"); // no quote: the mail may reach the wrong person
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()),
                list -> list.equals(List.of(new NotificationView("EMAIL", "SENT", NoticeKind.RECEIPT))));
    }

    @Test
    void anAuthorOnTheEnglishPageGetsTheReceiptInEnglish() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = Authors.uniqueEmail();
        var receipt = intake.receiveOnline(fixtures.aProcess(world), "More benches in the park", true,
                Authors.byEmail("Sam Smith", email), "en", false, null);

        MimeMessage mail = eventually().until(() -> mailsTo(email), list -> list.size() == 1).getFirst();
        String code = receipt.followCode().display();
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("We received your input [" + code + "]");
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(receipt.answerDue());
        assertThat(body).contains("Dear Sam Smith,", "Your follow code is: " + code, "What happens now?",
                "3. You will get our answer by e-mail on " + date + " at the latest.", "/volg/" + code);
        assertThat(body).doesNotContain("Beste", "uw inbreng", "In English:");
    }

    @Test
    void aPostAuthorGetsAReceiptLetterOnlyWhenTheyTickedTheBox() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var asked = intake.receiveOnline(process, "Een brief graag", true,
                Authors.byPost("Piet Jansen", "Kerkweg 12\n1234 CD Dorp"), "nl", true, null);
        var notAsked = intake.receiveOnline(process, "Alleen het antwoord per brief", true,
                Authors.byPost("Jan Bakker", "Dorpsstraat 1\n1234 AB Dorp"), "nl", false, null);
        // Ticked by someone who wants an e-mail: the box is about letters, so only the e-mail receipt.
        String email = Authors.uniqueEmail();
        var byMail = intake.receiveOnline(process, "Per mail", true, Authors.byEmail(null, email), "nl", true, null);

        eventually().until(() -> notifications.of(c, asked.id()),
                list -> list.equals(List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.RECEIPT))));
        eventually().until(() -> notifications.of(c, byMail.id()),
                list -> list.size() == 1 && list.getFirst().channel().equals("EMAIL"));
        eventually().until(() -> incompletePublicationsOf(notAsked.id()) == 0);
        assertThat(notifications.of(c, notAsked.id())).isEmpty();

        mvc.perform(post("/beheer/{slug}/brieven", world.collaboration().slug()).with(csrf())
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = jdbc.sql("SELECT pdf FROM letter_batch WHERE collaboration_id = :c")
                .param("c", c).query((rs, n) -> rs.getBytes(1)).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Wij hebben uw inbreng ontvangen", "Piet Jansen", asked.followCode().display(),
                    "Wat gebeurt er nu?", "U krijgt uiterlijk " + dutchDate(asked) + " ons antwoord per brief.");
            assertThat(text).doesNotContain("Jan Bakker");
            assertThat(text.split("Wij hebben uw inbreng ontvangen", -1)).hasSize(2); // one letter, not two
        }
    }

    @Test
    void phoneAuthorsAndAuthorsWithoutContactGetNoReceiptAndStaffCaptureFollowsTheSameRules() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var byPhone = intake.receiveOnline(process, "Bel mij", true, Authors.byPhone("Mien", "0612345678"));
        var anonymous = intake.receiveOnline(process, "Zonder naam", true, Author.anonymous());
        String email = Authors.uniqueEmail();
        var captured = intake.capture(c, process, new NewInput("Gezegd op de markt", Channel.DOOR_TO_DOOR,
                null, false, new Author("Henk", email, null, null, ContactBy.EMAIL, true), world.coordinatorId()));
        var capturedPost = intake.capture(c, process, new NewInput("Op papier", Channel.PAPER, null, false,
                Authors.byPost("Truus", "Laan 3\n1234 EF Dorp"), world.coordinatorId(), "nl", true, null));

        MimeMessage mail = eventually().until(() -> mailsTo(email), list -> list.size() == 1).getFirst();
        assertThat((String) mail.getContent()).contains("Beste Henk,", captured.followCode().display());
        eventually().until(() -> notifications.of(c, capturedPost.id()),
                list -> list.equals(List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.RECEIPT))));
        eventually().until(() -> incompletePublicationsOf(byPhone.id()) == 0 && incompletePublicationsOf(anonymous.id()) == 0);
        assertThat(notifications.of(c, byPhone.id())).isEmpty();
        assertThat(notifications.of(c, anonymous.id())).isEmpty();
    }

    private static String dutchDate(InputIntake.Receipt receipt) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(receipt.answerDue());
    }

    private int incompletePublicationsOf(UUID inputId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE :id")
                .param("id", "%" + inputId + "%").query(Integer.class).single();
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
