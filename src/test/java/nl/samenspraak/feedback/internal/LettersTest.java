package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.AccessiblePdf;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.process.Processes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class LettersTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;

    @Test
    void printsOneTaggedPdfPagePerLetterAndMarksThemPrintedOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        var ans = answeredLetter(world, "Ans de Vries", "Dorpsstraat 1\n1234 AB Dorp", "Er komen vijf bankjes.");
        var piet = answeredLetter(world, "Piet Jansen", "Kerkweg 12\n1234 CD Dorp", "We starten een wandelgroep.");

        mvc.perform(get("/beheer/{slug}/brieven", slug).with(as(world.professionalEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Maak PDF met 2 brieven")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(ans.followCode().display())));
        String location = mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf())
                        .with(as(world.professionalEmail())))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID batch = UUID.fromString(location.substring(location.indexOf("gemaakt=") + 8));

        byte[] pdf = mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, batch)
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        // Letters keep the residents' names, addresses and links (post is their channel): each download is on record.
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'personal-data.view' AND object_id = :b")
                .param("b", batch.toString()).query(String.class).list()).containsExactly(world.coordinatorEmail());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(ans.followCode().display(), piet.followCode().display(), "Ans de Vries",
                    "Piet Jansen", "Kerkweg 12", "Er komen vijf bankjes.", "Antwoord op uw inbreng",
                    "We nemen uw inbreng over.", "Neem dan contact op met Coördinator");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Brieven: antwoord op uw inbreng");
        }
        UUID collaboration = world.collaboration().id();
        assertThat(notifications.of(collaboration, ans.id())).containsExactly(new NotificationView("POST", "PRINTED", NoticeKind.ANSWER));
        assertThat(notifications.of(collaboration, piet.id())).containsExactly(new NotificationView("POST", "PRINTED", NoticeKind.ANSWER));

        mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf())
                        .with(as(world.professionalEmail())))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("?leeg")));
        assertThat(batchesOf(collaboration)).isEqualTo(1);
        mvc.perform(get("/beheer/{slug}/brieven", slug).with(as(world.viewerEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Er staan geen brieven klaar.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(".pdf"))));
    }

    @Test
    void escapesHostileNamesAndAddressesAndStillPrints() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String hostileName = "<script>alert(1)</script> & Zoë ]]> ${7*7}";
        var letter = answeredLetter(world, hostileName, "Straat 1 & <b>2</b>\nמרכז העיר 5\nشارع 7", "Ja & <i>nee</i>");

        String location = mvc.perform(post("/beheer/{slug}/brieven", world.collaboration().slug()).with(csrf())
                        .with(as(world.coordinatorEmail())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("gemaakt=");

        byte[] pdf = jdbc.sql("SELECT pdf FROM letter_batch WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query((rs, n) -> rs.getBytes(1)).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("<script>alert(1)</script> & Zoë", "Straat 1 & <b>2</b>", "Ja & <i>nee</i>",
                    letter.followCode().display());
        }
        assertThat(notifications.of(world.collaboration().id(), letter.id()))
                .containsExactly(new NotificationView("POST", "PRINTED", NoticeKind.ANSWER));
    }

    @Test
    void marksNothingPrintedWhenThePdfFails(@Autowired InputViews views, @Autowired InputContacts contacts,
                                            @Autowired Processes processes, @Autowired StaffAccounts staff,
                                            @Autowired AnswerTexts texts, @Autowired AuditTrail audit,
                                            @Autowired AccessiblePdf accessiblePdf, @Autowired TransactionTemplate tx,
                                            @Autowired java.time.Clock clock,
                                            @Autowired nl.samenspraak.collaboration.Collaborations collaborations) {
        var world = fixtures.aCollaborationWithStaff();
        var letter = answeredLetter(world, "Ans", "Dorpsstraat 1", "Ja.");
        LetterPdf broken = new LetterPdf(accessiblePdf) {
            @Override
            byte[] render(Batch batch) {
                throw new PdfFailedException(new IllegalStateException("printer on fire"));
            }
        };
        Letters letters = new Letters(jdbc, views, contacts, processes, staff, texts, broken, audit, clock,
                collaborations);
        var access = new CollaborationAccess(world.collaboration().id(), world.collaboration().slug(),
                world.collaboration().name(), Role.COORDINATOR, world.coordinatorId(), world.coordinatorEmail());

        assertThatThrownBy(() -> tx.execute(status -> letters.print(access)))
                .isInstanceOf(LetterPdf.PdfFailedException.class);

        assertThat(notifications.of(world.collaboration().id(), letter.id()))
                .containsExactly(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));
        assertThat(batchesOf(world.collaboration().id())).isZero();
    }

    @Test
    void onlyProfessionalsPrintAndDownloadAndOtherCollaborationsSeeNothing() throws Exception {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        String slug = mine.collaboration().slug();
        var letter = answeredLetter(mine, "Ans", "Dorpsstraat 1", "Ja.");
        var viewer = as(mine.viewerEmail());
        var stranger = as(theirs.coordinatorEmail());

        mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf()).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/brieven", slug).with(stranger)).andExpect(status().isNotFound());
        assertThat(notifications.of(mine.collaboration().id(), letter.id()))
                .containsExactly(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER));

        mvc.perform(post("/beheer/{slug}/brieven", slug).with(csrf())
                .with(as(mine.coordinatorEmail()))).andExpect(status().is3xxRedirection());
        UUID batch = jdbc.sql("SELECT id FROM letter_batch WHERE collaboration_id = :c")
                .param("c", mine.collaboration().id()).query(UUID.class).single();
        mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, batch).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", theirs.collaboration().slug(), batch).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, "geen-id")
                .with(as(mine.coordinatorEmail()))).andExpect(status().isNotFound());
        mvc.perform(get("/beheer/{slug}/brieven/{id}.pdf", slug, batch).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/{slug}/brieven", slug)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aLetterGivesTheCollaborationsPhoneAndPostalAddressAndGreetsOnce(
            @Autowired nl.samenspraak.collaboration.Collaborations collaborations) throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        collaborations.setContact(world.collaboration().id(),
                new nl.samenspraak.collaboration.CollaborationContact("0222 12 34 56", "Postbus 12\n1790 AA Den Burg"), "test");
        // The coordinator greeted and signed the answer as in an e-mail; the letter greets and closes itself.
        answeredLetter(world, "Ans de Vries", "Dorpsstraat 1\n1234 AB Dorp",
                "Beste mevrouw De Vries,\n\nEr komen vijf bankjes.\n\nMet vriendelijke groet,\nMarijke Boon");

        String text = printedText(world);
        assertThat(text).contains("Beste Ans de Vries,", "Er komen vijf bankjes.", "U kunt ons ook bellen: 0222 12 34 56.",
                "U kunt ons ook een brief sturen. Ons adres is:", "Postbus 12", "1790 AA Den Burg");
        assertThat(text.split("Beste", -1)).as("one greeting").hasSize(2);
        assertThat(text).doesNotContain("Beste mevrouw De Vries", "Marijke Boon");
        assertThat(text.split("Met vriendelijke groet", -1)).as("one closing").hasSize(2);
    }

    @Test
    void aLetterWithoutContactDetailsLeavesThePhoneAndAddressLinesOut() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        answeredLetter(world, "Piet Jansen", "Kerkweg 12\n1234 CD Dorp", "Hallo Piet, er komen vijf bankjes.");
        String text = printedText(world);
        assertThat(text).contains("Beste Piet Jansen,", "Er komen vijf bankjes.")
                .doesNotContain("bellen", "Ons adres is", "Hallo Piet");
    }

    private String printedText(Fixtures.World world) throws Exception {
        mvc.perform(post("/beheer/{slug}/brieven", world.collaboration().slug()).with(csrf())
                .with(as(world.coordinatorEmail()))).andExpect(status().is3xxRedirection());
        byte[] pdf = jdbc.sql("SELECT pdf FROM letter_batch WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query((rs, n) -> rs.getBytes(1)).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eachLetterOfABatchIsInTheLanguageItsAuthorWroteIn() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var english = intake.receiveOnline(process, "More benches in the park, please", true,
                Authors.byPost("Mary Smith", "Parkweg 3\n1234 AB Dorp"), "en", false, null);
        feedback.answer(world.collaboration().id(), english.id(), FeedbackStatus.ADOPTED, "Five benches are coming.",
                world.coordinatorId(), "test");
        var dutch = answeredLetter(world, "Piet Jansen", "Kerkweg 12\n1234 CD Dorp", "Er komen vijf bankjes.");
        eventually().until(() -> notifications.of(world.collaboration().id(), english.id()),
                list -> list.equals(List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER))));

        mvc.perform(post("/beheer/{slug}/brieven", world.collaboration().slug()).with(csrf())
                .with(as(world.coordinatorEmail()))).andExpect(status().is3xxRedirection());
        byte[] pdf = jdbc.sql("SELECT pdf FROM letter_batch WHERE collaboration_id = :c")
                .param("c", world.collaboration().id()).query((rs, n) -> rs.getBytes(1)).single();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            String englishPage = first.contains("Mary Smith") ? first : second;
            String dutchPage = first.contains("Mary Smith") ? second : first;
            assertThat(englishPage).contains("Answer to your input", "Dear Mary Smith,", "You wrote",
                    "Five benches are coming.").doesNotContain("Dit schreef u", "Beste");
            assertThat(dutchPage).contains("Antwoord op uw inbreng", "Beste Piet Jansen,", "Dit schreef u",
                    dutch.followCode().display()).doesNotContain("You wrote");
        }
    }

    private nl.samenspraak.input.InputIntake.Receipt answeredLetter(Fixtures.World world, String name, String address,
                                                                    String answer) {
        UUID process = fixtures.aProcess(world);
        Author author = Authors.byPost(name, address);
        var receipt = intake.receiveOnline(process, "Mijn idee voor de buurt", true, author);
        feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED, answer, world.coordinatorId(), "test");
        eventually().until(() -> notifications.of(world.collaboration().id(), receipt.id()),
                list -> list.equals(List.of(new NotificationView("POST", "TO_PRINT", NoticeKind.ANSWER))));
        return receipt;
    }

    private int batchesOf(UUID collaboration) {
        return jdbc.sql("SELECT count(*) FROM letter_batch WHERE collaboration_id = :c").param("c", collaboration)
                .query(Integer.class).single();
    }
}
