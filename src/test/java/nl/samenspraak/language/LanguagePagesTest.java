package nl.samenspraak.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Taalhulp for everyone, and the live panel for staff: the same explanation, nothing stored, nothing logged. */
@ExtendWith(OutputCaptureExtension.class)
class LanguagePagesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    /** Each test its own client network, so the rate limit of one test never touches another. */
    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String network) {
        return request.with(r -> {
            r.setRemoteAddr(network);
            return r;
        });
    }

    private static String aNetwork() {
        return "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + ":"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0xffff)) + "::7";
    }

    private MockHttpServletResponse help(String text, String language, String network) throws Exception {
        return mvc.perform(from(post("/taalhulp"), network).param("text", text).param("language", language).with(csrf()))
                .andReturn().getResponse();
    }

    @Test
    void anyoneGetsTheExplanationOfAHardTextWithoutAnAccountAndNothingIsLogged(CapturedOutput output) throws Exception {
        String page = mvc.perform(get("/taalhulp")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Taalhulp: is uw tekst goed te lezen?", "name=\"text\"", "maxlength=\"20000\"",
                "Nederlands", "Engels");

        String marker = "Geheimwoordnummer" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletResponse response = help(PlainLanguageTexts.HARD + " " + marker + ".", "nl", aNetwork());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Hoe leesbaar is uw tekst?", "<mark", "maatwerkvoorzieningen",
                "Wat kan beter?", "Flesch-Douma").containsPattern("Oordeel: (Moeilijker|Veel moeilijker) dan B1");
        assertThat(output.getAll()).as("the text is never logged").doesNotContain(marker);
        List<String> holding = new ArrayList<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "current_schema() AND table_type = 'BASE TABLE'").query(String.class).list()) {
            if (jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE :p").param("p", "%" + marker + "%")
                    .query(Long.class).single() > 0) {
                holding.add(table);
            }
        }
        assertThat(holding).as("tables that hold the checked text").isEmpty();
    }

    @Test
    void anEasyTextIsGoodToReadAndEnglishIsCheckedAsEnglish() throws Exception {
        String network = aNetwork();
        assertThat(help(PlainLanguageTexts.EASY, "nl", network).getContentAsString()).contains("Oordeel: Goed te lezen (B1)");
        String english = help("We want a bench at the bus stop. What do you think?", "en", network).getContentAsString();
        assertThat(english).contains("lang=\"en\"").contains("Oordeel:");
    }

    @Test
    void aTextOverTwentyThousandCharactersIsRefusedClearlyAndABlankOneToo() throws Exception {
        String network = aNetwork();
        MockHttpServletResponse tooLong = help("Wij bouwen een bankje. ".repeat(3000), "nl", network);
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Uw tekst is te lang. Gebruik hoogstens 20.000 tekens",
                "aria-describedby=\"text-hint text-fout\"").doesNotContain("Hoe leesbaar is uw tekst?");

        MockHttpServletResponse blank = help("   ", "nl", network);
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString()).contains("Plak of typ eerst een tekst.");
    }

    @Test
    void hostileTextComesBackEscapedAndNeverAsMarkup() throws Exception {
        String hostile = "<script>alert('x')</script> =HYPERLINK(\"http://evil\") \u202Eطول الجملة <img src=x onerror=alert(1)>"
                + " Dit is een zin.";
        MockHttpServletResponse response = help(hostile, "nl", aNetwork());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        MockHttpServletResponse huge = help("x".repeat(64 * 1024), "xx", aNetwork());
        assertThat(huge.getStatus()).isEqualTo(422);
    }

    @Test
    void tooManyChecksFromOneNetworkGetAPlainWaitPage() throws Exception {
        String network = aNetwork();
        for (int i = 0; i < 30; i++) {
            assertThat(help("Kom langs.", "nl", network).getStatus()).as("check %d", i + 1).isEqualTo(200);
        }
        MockHttpServletResponse refused = help("Kom langs.", "nl", network);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Even wachten", "Wacht tien minuten")
                .doesNotContain("Hoe leesbaar is uw tekst?");
        assertThat(help("Kom langs.", "nl", aNetwork()).getStatus()).as("another network").isEqualTo(200);
    }

    @Test
    void theLivePanelAnswersStaffWithThePanelOnlyAndRefusesEveryoneElse() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        MockHttpServletResponse anonymous = mvc.perform(post("/beheer/taal/paneel").param("text", PlainLanguageTexts.HARD)
                .with(csrf())).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("Hoe leesbaar");

        MockHttpServletResponse withoutToken = mvc.perform(post("/beheer/taal/paneel").param("text", PlainLanguageTexts.HARD)
                .with(as(world.viewerEmail()))).andReturn().getResponse();
        assertThat(withoutToken.getContentAsString()).doesNotContain("Hoe leesbaar");

        String panel = mvc.perform(post("/beheer/taal/paneel").param("text", PlainLanguageTexts.HARD).param("language", "nl")
                .with(as(world.viewerEmail())).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("class=\"language-panel\"", "<mark", "Meer uitleg over heldere taal")
                .doesNotContain("<html", "<footer");

        assertThat(mvc.perform(post("/beheer/taal/paneel").param("text", "   ").with(as(world.coordinatorEmail())).with(csrf()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("language-panel");
        MockHttpServletResponse tooLong = mvc.perform(post("/beheer/taal/paneel").param("text", "a".repeat(20_001))
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Deze tekst is te lang om te controleren.");
    }
}
