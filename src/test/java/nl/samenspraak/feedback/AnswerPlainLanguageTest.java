package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.input.StaffMvcTest;
import nl.samenspraak.language.PlainLanguageTexts;
import nl.samenspraak.language.PublishedTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Answers go to residents (by mail, letter and on the public page): staff see how readable an answer is before it
 * is sent, one by one and together. An answer to an English-speaking author is checked as English.
 */
class AnswerPlainLanguageTest extends StaffMvcTest {

    /** A long English sentence of officialese: above B1 for any sensible checker. */
    static final String HARD_ENGLISH = "The municipality's multidisciplinary implementation framework regarding "
            + "individualised provisions will subsequently be operationalised by the responsible departmental "
            + "representatives notwithstanding the considerable organisational complexities identified previously.";
    static final String EASY_ENGLISH = "We will put a bench at the bus stop. Thank you for your idea. It comes in May.";

    @Autowired PublishedTexts publishedTexts;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder answer(Fixtures.World world, UUID input, String text) {
        return post("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), input)
                .param("status", "ADOPTED").param("text", text).with(as(world.professionalEmail())).with(csrf());
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long confirmations(Fixtures.World world, UUID subject) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = :a AND object_id = :id AND actor = :who
                """).param("c", world.collaboration().id()).param("a", PublishedTexts.CONFIRMED_ACTION)
                .param("id", subject.toString()).param("who", world.professionalEmail()).query(Long.class).single();
    }

    @Test
    void theCheckButtonShowsThePanelAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);

        MockHttpServletResponse checked = send(answer(world, input, PlainLanguageTexts.HARD).param("taalcontrole", "text"));

        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"text-taal\"", "Hoe leesbaar is uw tekst?", "<mark",
                "data-language=\"nl\"", "Ik weet dat deze tekst moeilijker is dan B1 en publiceer hem toch")
                .containsPattern("Oordeel: (Moeilijker|Veel moeilijker) dan B1")
                .doesNotContain("field-error");
        assertThat(stored(world, input).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(stored(world, input).answer()).isNull();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void anAnswerAboveB1WithoutConfirmationIsRefusedAndStoresNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);

        MockHttpServletResponse refused = send(answer(world, input, PlainLanguageTexts.HARD));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje",
                "href=\"#plainLanguageConfirmed\"", "aria-describedby=\"plainLanguageConfirmed-fout\"", "id=\"text-taal\"");
        assertThat(stored(world, input).answer()).isNull();
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();
    }

    @Test
    void theAnswersOwnRulesComeBeforeTheQuestionAboutPlainLanguage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);

        MockHttpServletResponse refused = send(answer(world, input, PlainLanguageTexts.HARD).param("status", ""));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("href=\"#status\"")
                .doesNotContain("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(stored(world, input).status()).isEqualTo(FeedbackStatus.RECEIVED);
    }

    @Test
    void aConfirmedAnswerIsSavedRecordedAndAudited() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);

        assertThat(send(answer(world, input, PlainLanguageTexts.HARD).param("plainLanguageConfirmed", "true")).getStatus())
                .isEqualTo(302);

        assertThat(stored(world, input).answer()).isEqualTo(PlainLanguageTexts.HARD);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 0, 1));
        assertThat(confirmations(world, input)).isEqualTo(1);

        // Rewritten plainly, the same answer counts as one text at B1.
        assertThat(send(answer(world, input, PlainLanguageTexts.EASY)).getStatus()).isEqualTo(302);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }

    @Test
    void anAnswerAtB1IsSavedWithoutAQuestion() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);

        assertThat(send(answer(world, input, PlainLanguageTexts.EASY)).getStatus()).isEqualTo(302);

        assertThat(stored(world, input).answer()).isEqualTo(PlainLanguageTexts.EASY);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
        assertThat(confirmations(world, input)).isZero();
    }

    @Test
    void anAnswerToAnEnglishSpeakingAuthorIsCheckedAsEnglish() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = intake.capture(world.collaboration().id(), process, new NewInput("A bench at the bus stop, please",
                Channel.ONLINE, today(), true, Author.anonymous(), null, "en", false, null)).id();

        String page = send(answer(world, input, HARD_ENGLISH).param("taalcontrole", "text")).getContentAsString();
        assertThat(page).contains("data-language=\"en\"", "lang=\"en\"", "Hoe leesbaar is uw tekst?")
                .containsPattern("Oordeel: (Moeilijker|Veel moeilijker) dan B1");

        assertThat(send(answer(world, input, EASY_ENGLISH)).getStatus()).as("plain English needs no question").isEqualTo(302);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(1, 1, 0));
    }

    @Test
    void hostileTextComesBackEscapedAndAVeryLongAnswerIsRefusedByItsOwnLimit() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID input = anInput(world, fixtures.aProcess(world), "Een bankje bij de bushalte", 1);
        String hostile = "<script>alert('x')</script> =HYPERLINK(\"http://evil\") \u202Eטקסט";

        String page = send(answer(world, input, hostile).param("taalcontrole", "text")).getContentAsString();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert");

        MockHttpServletResponse tooLong = send(answer(world, input, "Lang. ".repeat(11_000)));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(stored(world, input).answer()).isNull();
    }

    @Test
    void aBatchAnswerIsCheckedOnceAndRecordedForEveryInput() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        List<UUID> ids = List.of(anInput(world, process, "Bankje A", 1), anInput(world, process, "Bankje B", 2));
        String[] chosen = ids.stream().map(UUID::toString).toArray(String[]::new);
        String path = "/beheer/{slug}/trajecten/{id}/samen-beantwoorden";

        MockHttpServletResponse checked = send(post(path, world.collaboration().slug(), process).param("inputs", chosen)
                .param("status", "ADOPTED").param("text", PlainLanguageTexts.HARD).param("taalcontrole", "text")
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(checked.getContentAsString()).contains("id=\"text-taal\"", "<mark", "Hoe leesbaar is uw tekst?");

        MockHttpServletResponse refused = send(post(path, world.collaboration().slug(), process).param("inputs", chosen)
                .param("status", "ADOPTED").param("text", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Maak de tekst makkelijker, of zet een vinkje");
        assertThat(ids).allSatisfy(id -> assertThat(stored(world, id).answer()).isNull());
        assertThat(publishedTexts.summary(world.collaboration().id()).total()).isZero();

        MockHttpServletResponse saved = send(post(path, world.collaboration().slug(), process).param("inputs", chosen)
                .param("status", "ADOPTED").param("text", PlainLanguageTexts.HARD).param("plainLanguageConfirmed", "true")
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(ids).allSatisfy(id -> assertThat(stored(world, id).answer()).isEqualTo(PlainLanguageTexts.HARD));
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(2, 0, 2));
        assertThat(ids).allSatisfy(id -> assertThat(confirmations(world, id)).isEqualTo(1));
    }

    @Test
    void aBatchAnswerAtB1IsSavedWithoutAQuestionAndNoChoiceStillSaysChooseFirst() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        List<UUID> ids = List.of(anInput(world, process, "Bankje A", 1), anInput(world, process, "Bankje B", 2));
        String path = "/beheer/{slug}/trajecten/{id}/samen-beantwoorden";

        MockHttpServletResponse none = send(post(path, world.collaboration().slug(), process)
                .param("status", "ADOPTED").param("text", PlainLanguageTexts.HARD)
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(none.getContentAsString()).contains("href=\"#inputs\"");

        MockHttpServletResponse saved = send(post(path, world.collaboration().slug(), process)
                .param("inputs", ids.stream().map(UUID::toString).toArray(String[]::new))
                .param("status", "ADOPTED").param("text", PlainLanguageTexts.EASY)
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(publishedTexts.summary(world.collaboration().id())).isEqualTo(new PublishedTexts.Summary(2, 2, 0));
    }
}
