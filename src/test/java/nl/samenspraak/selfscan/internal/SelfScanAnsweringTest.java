package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Residents and professionals answer through the link: without an account, once, and only with valid answers. */
class SelfScanAnsweringTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;

    ScanWorld scans;
    ScanRound round;
    List<Statement> statements;

    @BeforeEach
    void aRound() {
        scans = new ScanWorld(rounds, responses, jdbc);
        scans.forgetRateLimits();
        round = scans.anOpenRound(fixtures.aCollaborationWithStaff(), "Zelfscan voorjaar");
        statements = rounds.statementsOf(round);
    }

    @AfterEach
    void forget() {
        scans.forgetRateLimits();
    }

    @Test
    void showsEveryStatementInWordsWithAnswersThatSayTheWords() throws Exception {
        String page = mvc.perform(get("/zelfscan/{t}", round.token())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Zelfscan voorjaar", "Inwoners horen wat er met hun ideeën is gedaan.",
                "Helemaal oneens", "Weet ik niet", "Bent u inwoner of professional?", "name=\"inzending\"");
        assertThat(page.split("<fieldset", -1)).hasSize(statements.size() + 2);
    }

    @Test
    void storesOneResponseWithItsAnswersAndNothingAboutThePerson() throws Exception {
        Map<String, List<String>> form = ScanWorld.filledForm(statements.subList(0, 3), "RESIDENT", "4");
        form.put(statements.get(3).field(), List.of(AnswerForm.DONT_KNOW));

        MockHttpServletResponse response = send(form);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).endsWith("/zelfscan/" + round.token() + "/bedankt");
        assertThat(scans.responsesOf(round)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT statement_key || '=' || coalesce(score::text, '?') FROM scan_answer WHERE round_id = :r ORDER BY 1")
                .param("r", round.id().value()).query(String.class).list())
                .containsExactlyInAnyOrder(statements.get(0).key() + "=4", statements.get(1).key() + "=4",
                        statements.get(2).key() + "=4", statements.get(3).key() + "=?");
        assertThat(jdbc.sql("SELECT respondent_group || ' ' || channel FROM scan_response WHERE round_id = :r")
                .param("r", round.id().value()).query(String.class).single()).isEqualTo("RESIDENT ONLINE");
        String thanks = mvc.perform(get(response.getRedirectedUrl())).andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("Bedankt voor uw antwoorden");
    }

    @Test
    void rejectsAMissingGroupWithAClearMessageAndKeepsTheChosenAnswers() throws Exception {
        MockHttpServletResponse response = send(ScanWorld.filledForm(statements, null, "2"));

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(page).contains("Kies of u inwoner of professional bent.", "id=\"groep-fout\"", "aria-invalid=\"true\"",
                "href=\"#groep\"");
        assertThat(page).containsPattern("id=\"" + statements.getFirst().field() + "-2\"\\s+value=\"2\" checked=\"checked\"");
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void rejectsForgedGroupsAndAnswerValuesNextToTheField() throws Exception {
        for (String forged : List.of("6", "0", "-1", "3.5", "1 OR 1=1", "<script>alert(1)</script>", "x".repeat(64 * 1024))) {
            Map<String, List<String>> form = ScanWorld.filledForm(statements, "PROFESSIONAL", "3");
            form.put(statements.get(5).field(), List.of(forged));
            MockHttpServletResponse response = send(form);
            assertThat(response.getStatus()).as(forged).isEqualTo(422);
            assertThat(response.getContentAsString()).as(forged).contains("Kies een van de antwoorden bij deze zin.")
                    .doesNotContain("<script>alert(1)</script>");
        }
        for (String forged : List.of("ADMIN", "resident", "", "<b>x</b>")) {
            MockHttpServletResponse response = send(ScanWorld.filledForm(statements, forged, "3"));
            assertThat(response.getStatus()).as(forged).isEqualTo(422);
        }
        Map<String, List<String>> twice = ScanWorld.filledForm(statements, "RESIDENT", "3");
        twice.put(statements.getFirst().field(), List.of("1", "5"));
        assertThat(send(twice).getStatus()).isEqualTo(422);
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void ignoresStatementKeysTheRoundDidNotAskAndAnEmptyFormStoresNothing() throws Exception {
        Map<String, List<String>> form = ScanWorld.filledForm(statements.subList(0, 1), "RESIDENT", "5");
        form.put("s-bestaat-niet-1", List.of("5"));
        form.put("s-' OR 1=1 --", List.of("1"));
        for (int i = 0; i < 3000; i++) {
            form.put("s-rommel-" + i, List.of("3"));
        }
        assertThat(send(form).getStatus()).isEqualTo(303);
        assertThat(scans.answersOf(round)).isEqualTo(1);

        MockHttpServletResponse empty = send(ScanWorld.filledForm(List.of(), "RESIDENT", "5"));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Geef bij minstens één zin een antwoord.");
        assertThat(scans.responsesOf(round)).isEqualTo(1);
    }

    @Test
    void aReplayedFormIsStoredOnce() throws Exception {
        Map<String, List<String>> form = ScanWorld.filledForm(statements, "PROFESSIONAL", "4");
        assertThat(send(form).getStatus()).isEqualTo(303);
        MockHttpServletResponse again = send(form);
        assertThat(again.getStatus()).isEqualTo(303);
        assertThat(scans.responsesOf(round)).isEqualTo(1);
        assertThat(scans.answersOf(round)).isEqualTo(statements.size());
    }

    @Test
    void aFormWithoutItsSubmissionKeyIsRefusedWithItsAnswersKept() throws Exception {
        for (String key : List.of("", "niet-een-sleutel", UUID.randomUUID() + "x")) {
            Map<String, List<String>> form = ScanWorld.filledForm(statements, "RESIDENT", "4");
            form.put(AnswerForm.SUBMISSION, List.of(key));
            MockHttpServletResponse response = send(form);
            assertThat(response.getStatus()).as(key).isEqualTo(422);
            assertThat(response.getContentAsString()).contains("Het formulier was niet compleet.", "value=\"4\" checked=\"checked\"");
        }
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void aClosedRoundSaysSoAndTakesNoAnswers() throws Exception {
        rounds.close(round.collaborationId(), round.id(), "test");
        MockHttpServletResponse page = mvc.perform(get("/zelfscan/{t}", round.token())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Deze zelfscan is gesloten").doesNotContain("name=\"inzending\"");
        assertThat(send(ScanWorld.filledForm(statements, "RESIDENT", "4")).getStatus()).isEqualTo(410);
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void aRoundPastItsLastDayIsClosedToo() throws Exception {
        scans.closeByDate(round);
        assertThat(mvc.perform(get("/zelfscan/{t}", round.token())).andReturn().getResponse().getContentAsString())
                .contains("Deze zelfscan is gesloten");
        assertThat(send(ScanWorld.filledForm(statements, "RESIDENT", "4")).getStatus()).isEqualTo(410);
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void anUnknownLinkAnswersNotFoundInPlainWords() throws Exception {
        for (String token : List.of("bestaat-niet", "x".repeat(500), "' OR 1=1 --")) {
            MockHttpServletResponse page = mvc.perform(get("/zelfscan/{t}", token)).andReturn().getResponse();
            assertThat(page.getStatus()).as(token).isEqualTo(404);
            assertThat(page.getContentAsString()).contains("Deze link werkt niet");
        }
        assertThat(mvc.perform(withForm(post("/zelfscan/bestaat-niet"), ScanWorld.filledForm(statements, "RESIDENT", "4")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void stopsAFloodFromOneAddress() throws Exception {
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
            for (int i = 0; i < 60; i++) {
                limiter.tryAcquire("selfscan:" + nl.samenspraak.platform.ClientNetwork.of(address), 60, SelfScanAnswerController.WINDOW);
            }
        }
        MockHttpServletResponse response = send(ScanWorld.filledForm(statements, "RESIDENT", "4"));
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentAsString()).contains("Wacht tien minuten");
        assertThat(scans.responsesOf(round)).isZero();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        String page = mvc.perform(get("/zelfscan/{t}?lang=en", round.token())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Residents hear what was done with their ideas.", "Strongly disagree", "Don&#39;t know");
    }

    private MockHttpServletResponse send(Map<String, List<String>> form) throws Exception {
        return mvc.perform(withForm(post("/zelfscan/{t}", round.token()), form)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, Map<String, List<String>> form) {
        request.with(csrf());
        form.forEach((k, v) -> request.param(k, v.toArray(String[]::new)));
        return request;
    }
}
