package nl.samenspraak.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notices other than answers reach the author once per subject, in the channel they chose. */
class NoticesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews inputs;
    @Autowired InputContacts contacts;
    @Autowired Notices notices;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    private static final Notices.Notice NEWS = new Notices.Notice("Nieuws over uw inbreng",
            "Er is een besluit genomen.", "Er is een besluit over uw inbreng",
            "Het college heeft besloten: er komen vijf bankjes in het park.");

    @Test
    void anEmailNoticeIsSentOnceEvenWhenToldAgainOrFromTwoThreadsAtOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = Authors.uniqueEmail();
        Input input = received(world, Authors.byEmail("Ans de Vries", email));
        var contact = contacts.of(world.collaboration().id(), input.id()).orElseThrow();
        // An e-mail author first gets their receipt (a notice too): once it is made, only the decision is left.
        Authors.eventually().until(() -> notifications.of(world.collaboration().id(), input.id()).size() == 1);
        assertThat(notifications.of(world.collaboration().id(), input.id()).getFirst().kind()).isEqualTo(NoticeKind.RECEIPT);

        List<Callable<Boolean>> twice = List.of(
                () -> notices.tell(input, contact, NoticeKind.DECISION, "decision:1:1", NEWS),
                () -> notices.tell(input, contact, NoticeKind.DECISION, "decision:1:1", NEWS));
        List<Boolean> made = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var future : pool.invokeAll(twice)) {
                made.add(future.get());
            }
        }
        assertThat(made).containsExactlyInAnyOrder(true, false);
        assertThat(notices.tell(input, contact, NoticeKind.DECISION, "decision:1:1", NEWS)).isFalse();
        assertThat(mailsTo(email)).isEqualTo(2); // the receipt and one decision notice
        assertThat(notifications.of(world.collaboration().id(), input.id()))
                .filteredOn(n -> n.kind() == NoticeKind.DECISION)
                .containsExactly(new NotificationView("EMAIL", "QUEUED", NoticeKind.DECISION));

        // The next change of the same decision is news again.
        assertThat(notices.tell(input, contact, NoticeKind.DECISION, "decision:1:2", NEWS)).isTrue();
        assertThat(mailsTo(email)).isEqualTo(3);
    }

    @Test
    void aLetterNoticeIsPrintedWithItsOwnHeadingAndTextBesideAnOpenAnswerLetter() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        Input input = received(world, Authors.byPost("Piet Jansen", "Kerkweg 12\n1234 CD Dorp"));
        var contact = contacts.of(world.collaboration().id(), input.id()).orElseThrow();

        assertThat(notices.tell(input, contact, NoticeKind.DECISION, "decision:7:1", NEWS)).isTrue();
        assertThat(notices.tell(input, contact, NoticeKind.MODERATION, "hidden:1", new Notices.Notice("s", "b",
                "Wij hebben uw inbreng verborgen", "Er stond een naam van iemand anders in."))).isTrue();

        String slug = world.collaboration().slug();
        mvc.perform(get("/beheer/{slug}/brieven", slug).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Nieuws over een besluit")));
        mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf()).with(as(world.coordinatorEmail())))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = jdbc.sql("SELECT pdf FROM letter_batch WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query((rs, n) -> rs.getBytes(1)).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Er is een besluit over uw inbreng", "er komen vijf bankjes in het park",
                    "Wij hebben uw inbreng verborgen", "Er stond een naam van iemand anders in.", "Piet Jansen",
                    input.followCode().display());
            assertThat(text).doesNotContain("Ons antwoord");
        }
        assertThat(notifications.of(world.collaboration().id(), input.id())).containsExactly(
                new NotificationView("POST", "PRINTED", NoticeKind.DECISION),
                new NotificationView("POST", "PRINTED", NoticeKind.MODERATION));
    }

    @Test
    void aPhoneNoticeIsOnTheCallListWithTheTextToReadOutAndNobodyWhoWantsNoContactIsTold() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        Input byPhone = received(world, Authors.byPhone("Fatima Amrani", "0612345678"));
        assertThat(notices.tell(byPhone, contacts.of(world.collaboration().id(), byPhone.id()).orElseThrow(),
                NoticeKind.DECISION, "decision:3:1", NEWS)).isTrue();
        mvc.perform(get("/beheer/{slug}/bellijst", world.collaboration().slug()).with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("Lees dit bericht voor"),
                                org.hamcrest.Matchers.containsString("er komen vijf bankjes in het park"))));

        Input silent = received(world, new Author("Kees", "kees-" + UUID.randomUUID() + "@example.org", null, null,
                nl.samenspraak.input.ContactBy.NONE, true));
        assertThat(notices.tell(silent, contacts.of(world.collaboration().id(), silent.id()).orElseThrow(),
                NoticeKind.DECISION, "decision:3:1", NEWS)).isFalse();
        assertThat(notifications.of(world.collaboration().id(), silent.id())).isEmpty();
    }

    private Input received(Fixtures.World world, Author author) {
        UUID process = fixtures.aProcess(world);
        var receipt = intake.receiveOnline(process, "Meer bankjes in het park", true, author);
        return inputs.find(world.collaboration().id(), receipt.id()).orElseThrow();
    }

    private int mailsTo(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :r").param("r", email)
                .query(Integer.class).single();
    }
}
