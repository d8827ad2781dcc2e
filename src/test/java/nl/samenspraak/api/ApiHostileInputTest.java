package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.aProcessBody;
import static nl.samenspraak.api.ApiFixtures.anAnonymousInput;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whatever a client sends, it gets a clear 4xx problem, never a server error, and nothing is stored. */
class ApiHostileInputTest extends IntegrationTest {

    static final String HUGE = "x".repeat(64 * 1024);
    static final String SCRIPT = "<script>alert('xss')</script>";

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;

    ApiClient api;
    Fixtures.World world;
    String token;
    UUID process;
    String input;

    @BeforeEach
    void aWorldWithOneInput() {
        api = new ApiClient(baseUrl());
        world = fixtures.aCollaborationWithStaff();
        token = tokenFor(tokens, staff, world.coordinatorEmail(), world);
        process = fixtures.aProcess(world);
        input = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anAnonymousInput("Een eerlijke inbreng", today()))).text("id");
    }

    @Test
    void answersEveryHostileRequestWithAClearProblemAndStoresNothing() {
        String processes = "/api/v1/processes";
        String inputs = "/api/v1/processes/" + process + "/inputs";
        String answer = "/api/v1/inputs/" + input + "/answer";
        String answers = "/api/v1/processes/" + process + "/answers";
        List<String[]> corpus = new ArrayList<>();
        for (String body : List.of("", "null", "[]", "{", "not json", "{\"title\":", "\"just a string\"",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"title\":\"\\ud800\"}")) {
            corpus.add(new String[] {"POST", processes, body});
        }
        corpus.add(new String[] {"POST", processes, "{}"});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "participationLevel", "LADDER")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "participationLevel", "informing")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "answerWithinDays", "abc")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "answerWithinDays", 99_999_999_999L)});
        corpus.add(new String[] {"POST", processes, json(aProcessBody("x")).replace("14", "1e400")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "answerWithinDays", 0)});
        corpus.add(new String[] {"POST", processes, with(aProcessBody(HUGE), "area", HUGE)});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("\u0000"), "summary", "\u0000\u0000")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "title", Map.of("$gt", ""))});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "themes", "not a list")});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "themes", Collections.nCopies(500, "t"))});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "phases", Collections.singletonList(null))});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "phases",
                List.of(Map.of("name", "Fase", "startsOn", "2026-13-45", "endsOn", "2026-01-01")))});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "phases",
                List.of(Map.of("name", "Fase", "startsOn", "2026-05-01", "endsOn", "2026-04-01")))});
        corpus.add(new String[] {"POST", processes, with(aProcessBody("x"), "promise", "just text")});

        corpus.add(new String[] {"POST", inputs, "{}"});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "channel", "EMAIL")});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "receivedOn", "yesterday")});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today().plusDays(3)), "publish", "yes")});
        corpus.add(new String[] {"POST", inputs, json(anAnonymousInput("x", today().plusDays(3)))});
        corpus.add(new String[] {"POST", inputs, json(anAnonymousInput(HUGE, today()))});
        corpus.add(new String[] {"POST", inputs, json(anAnonymousInput("\u0000 \u0000", today()))});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "author", "anonymous")});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "author",
                Map.of("contactBy", "PIGEON"))});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "author",
                Map.of("email", HUGE + "@example.org", "contactBy", "EMAIL", "consent", true))});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "author",
                Map.of("email", "not an address", "contactBy", "EMAIL", "consent", true))});
        corpus.add(new String[] {"POST", inputs, with(anAnonymousInput("x", today()), "author",
                Map.of("name", "\u0000", "contactBy", "EMAIL", "consent", "maybe"))});

        corpus.add(new String[] {"PUT", answer, ""});
        corpus.add(new String[] {"PUT", answer, json(Map.of("status", "RECEIVED", "text", "Terug naar af"))});
        corpus.add(new String[] {"PUT", answer, json(Map.of("status", "MAYBE", "text", "Misschien"))});
        corpus.add(new String[] {"PUT", answer, json(Map.of("status", "ADOPTED", "text", HUGE))});
        corpus.add(new String[] {"PUT", answer, json(Map.of("status", "ADOPTED", "text", "\u0000\u0000"))});
        corpus.add(new String[] {"PUT", answer, json(Map.of("text", "Zonder status"))});
        corpus.add(new String[] {"PUT", "/api/v1/inputs/not-a-uuid/answer", json(Map.of("status", "ADOPTED", "text", "Ja"))});
        corpus.add(new String[] {"PUT", answers, json(Map.of("inputIds", List.of("not-a-uuid"), "status", "ADOPTED", "text", "Ja"))});
        corpus.add(new String[] {"PUT", answers, json(Map.of("inputIds", List.of(), "status", "ADOPTED", "text", "Ja"))});
        corpus.add(new String[] {"PUT", answers, json(Map.of("inputIds", Collections.nCopies(500, input), "status", "ADOPTED",
                "text", "Ja"))});
        corpus.add(new String[] {"PUT", answers, json(Map.of("inputIds", input, "status", "ADOPTED", "text", "Ja"))});

        corpus.add(new String[] {"GET", "/api/v1/inputs/not-a-uuid", null});
        corpus.add(new String[] {"GET", inputs + "?before=abc", null});
        corpus.add(new String[] {"GET", inputs + "?before=99999999999999999999999", null});
        corpus.add(new String[] {"GET", inputs + "?overdue=maybe", null});
        corpus.add(new String[] {"GET", inputs + "?limit=" + "9".repeat(30), null});

        for (String[] request : corpus) {
            var reply = api.send(request[0], request[1], token, request[2]);
            String what = request[0] + " " + request[1] + " " + abbreviated(request[2]) + " -> " + reply.status()
                    + " " + abbreviated(reply.body());
            assertThat(reply.status()).as(what).isBetween(400, 499);
            assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
            assertThat(reply.text("detail")).as(what).isNotBlank().doesNotContain("Exception", "tools.jackson", "nl.samenspraak");
            assertThat(reply.body()).as(what).doesNotContain(SCRIPT, HUGE);
        }

        // The servlet container itself refuses an encoded NUL in the path, before the API sees it.
        assertThat(api.get("/api/v1/processes/%00", token).status()).isEqualTo(400);

        assertThat(api.get("/api/v1/processes", token).json().get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/v1/processes/" + process + "/inputs", token).json().get("items").size()).isEqualTo(1);
        var unchanged = api.get("/api/v1/inputs/" + input, token);
        assertThat(unchanged.text("status")).isEqualTo("RECEIVED");
        assertThat(unchanged.text("answer")).isNull();
    }

    @Test
    void namesTheFieldAndTheAllowedValuesWhenAValueIsWrong() {
        var unknownLevel = api.post("/api/v1/processes", token, with(aProcessBody("x"), "participationLevel", "LADDER"));
        assertThat(unknownLevel.status()).isEqualTo(400);
        assertThat(unknownLevel.text("detail")).contains("participationLevel", "INFORMING", "FACILITATING");

        var missing = api.post("/api/v1/processes", token, "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .contains("title", "summary", "participationLevel", "answerWithinDays");

        var tooLong = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anAnonymousInput(HUGE, today())));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("10000");

        var notAPhase = api.post("/api/v1/processes", token,
                with(aProcessBody("Geen fase"), "firstInvolvedPhase", "Als het zover is"));
        assertThat(notAPhase.status()).isEqualTo(422);
        assertThat(notAPhase.json().get("errors").findValuesAsString("field")).containsExactly("firstInvolvedPhase");

        var badId = api.get("/api/v1/inputs/not-a-uuid", token);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.text("detail")).contains("UUID");
    }

    @Test
    void keepsMarkupAsPlainText() {
        Map<String, Object> body = aProcessBody(SCRIPT);
        body.put("summary", "Samen\u0000 " + SCRIPT);

        var created = api.post("/api/v1/processes", token, json(body));

        assertThat(created.status()).isEqualTo(201);
        var shown = api.get("/api/v1/processes/" + created.text("id"), token);
        assertThat(shown.contentType()).startsWith("application/json");
        assertThat(shown.raw().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(shown.text("title")).isEqualTo(SCRIPT);
        assertThat(shown.text("summary")).isEqualTo("Samen " + SCRIPT);
    }

    private static String with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return json(copy);
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
