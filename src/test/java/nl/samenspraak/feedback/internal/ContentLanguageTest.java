package nl.samenspraak.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Content in another language than the page is marked with {@code lang}, so a screen reader
 * switches voice (WCAG 3.1.2): stored Dutch texts on English pages get {@code lang="nl"}, an
 * English input on a Dutch page {@code lang="en"}; content in the page's own language gets none.
 */
class ContentLanguageTest extends IntegrationTest {

    private static final String TITLE = "Eenzaamheid in de wijk";
    private static final String SUMMARY = "We willen weten wat u helpt om minder alleen te zijn.";

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;

    @Test
    void storedDutchTextsAreMarkedDutchOnEnglishPublicAndStaffPages() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var input = intake.receiveOnline(process, "Een bankje bij de bushalte", true,
                Authors.byEmail("Ans", "ans@example.org"));
        feedback.answer(world.collaboration().id(), input.id(), FeedbackStatus.ADOPTED, "Het bankje komt er.",
                world.coordinatorId(), "test");

        String english = page(get("/trajecten/{id}", process), "en");
        assertThat(english).contains("<html lang=\"en\"");
        for (String text : new String[] {TITLE, SUMMARY, "Welke activiteiten er komen.", "De wethouder",
                "Een bankje bij de bushalte", "Het bankje komt er."}) {
            assertThat(english).as(text).containsPattern(marked("nl", text));
        }
        // The page's own words are not marked.
        assertThat(english).doesNotContainPattern(marked("nl", "What we promise"));

        String dutch = page(get("/trajecten/{id}", process), "nl");
        assertThat(dutch).contains(TITLE).doesNotContainPattern(marked("nl", TITLE))
                .doesNotContainPattern(marked("nl", "Een bankje bij de bushalte"));

        assertThat(page(get("/volg/" + input.followCode().value()), "en"))
                .containsPattern(marked("nl", "Een bankje bij de bushalte")).containsPattern(marked("nl", "Het bankje komt er."));
        String staff = page(get("/beheer/{slug}/trajecten/{id}", world.collaboration().slug(), process)
                .with(as(world.coordinatorEmail())), "en");
        assertThat(staff).containsPattern(marked("nl", TITLE)).containsPattern(marked("nl", SUMMARY));
        assertThat(page(get("/beheer/{slug}/trajecten/{id}", world.collaboration().slug(), process)
                .with(as(world.coordinatorEmail())), "nl")).doesNotContainPattern(marked("nl", TITLE));
    }

    @Test
    void anEnglishInputAndItsAnswerAreMarkedEnglishOnDutchPages() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var input = intake.receiveOnline(process, "A bench at the bus stop, please", true,
                Authors.byEmail("Mary", "mary@example.org"), "en", false, null);
        feedback.answer(world.collaboration().id(), input.id(), FeedbackStatus.ADOPTED, "The bench is coming.",
                world.coordinatorId(), "test");

        String dutch = page(get("/trajecten/{id}", process), "nl");
        assertThat(dutch).containsPattern(marked("en", "A bench at the bus stop, please"))
                .containsPattern(marked("en", "The bench is coming."));
        String english = page(get("/trajecten/{id}", process), "en");
        assertThat(english).contains("A bench at the bus stop, please")
                .doesNotContainPattern(marked("en", "A bench at the bus stop, please"))
                .doesNotContainPattern(marked("nl", "A bench at the bus stop, please"));
        assertThat(page(get("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), input.id())
                .with(as(world.coordinatorEmail())), "nl"))
                .containsPattern(marked("en", "A bench at the bus stop, please"));
    }

    /** An element with the given lang whose text starts with {@code text}. */
    private static Pattern marked(String lang, String text) {
        return Pattern.compile("<[a-z0-9]+ [^>]*lang=\"" + lang + "\"[^>]*>(<[^>]+>)*" + Pattern.quote(text));
    }

    private String page(MockHttpServletRequestBuilder request, String lang) throws Exception {
        var response = mvc.perform(request.param("lang", lang)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
