package nl.samenspraak.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.PlainLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/language/check: anyone, without a token, gets the checker's verdict with offsets into the text as
 * sent; texts and bodies that are too large, malformed or invalid are refused as problem+json; each network is
 * limited; nothing of the text is stored or logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class LanguageCheckApiTest extends IntegrationTest {

    private static final String PATH = "/api/v1/language/check";
    private static final AtomicInteger NETWORKS = new AtomicInteger();

    @Autowired JdbcClient jdbc;

    @Test
    void anyoneWithoutATokenGetsTheVerdictWithExactOffsetsPastAnEmoji() {
        // A waving hand with a skin tone: two characters outside the BMP, four UTF-16 code units.
        String text = "👋🏽 Wij bespreken uw maatwerkvoorziening tijdens het keukentafelgesprek.";
        var reply = new ApiClient(baseUrl()).post(PATH, null, ApiClient.json(Map.of("text", text)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        JsonNode check = reply.json();
        assertThat(check.get("language").asString()).as("Dutch is the default").isEqualTo("nl");
        assertThat(check.get("level").asString()).isIn("B1", "ABOVE_B1", "WELL_ABOVE_B1");
        assertThat(check.at("/score/fleschDouma").isNumber()).isTrue();
        assertThat(check.at("/score/leesindexA").isNumber()).isTrue();
        assertThat(check.get("components").isObject()).isTrue();
        assertThat(check.get("sentences").asInt()).isEqualTo(1);
        assertThat(check.get("words").asInt()).isEqualTo(7);

        List<JsonNode> findings = new ArrayList<>();
        check.get("findings").forEach(findings::add);
        assertThat(findings).as("every finding's text is exactly text.slice(start, end)").allSatisfy(f -> {
            assertThat(FindingKind.valueOf(f.get("kind").asString())).isNotNull();
            assertThat(text.substring(f.get("start").asInt(), f.get("end").asInt())).isEqualTo(f.get("text").asString());
        });
        assertThat(text.indexOf("maatwerkvoorziening")).isEqualTo(22);
        assertThat(findings).as("the long care word is marked where it is, counted in UTF-16 code units")
                .anySatisfy(f -> {
                    assertThat(f.get("start").asInt()).isEqualTo(22);
                    assertThat(f.get("end").asInt()).isEqualTo(41);
                    assertThat(f.get("text").asString()).isEqualTo("maatwerkvoorziening");
                    assertThat(f.get("kind").asString()).isIn("LONG_WORD", "JARGON");
                });
        assertThat(findings).extracting(f -> f.get("start").asInt()).as("in the order of the text").isSorted();
    }

    @Test
    void everyKindIsFoundWithTheShippedListsAndEveryOffsetFitsTheTextAsSent() throws Exception {
        // What a browser may send: a byte-order mark and leading blanks, CRLF line ends, a family emoji joined by
        // zero-width joiners, a flag with a variation selector, and accents typed as combining marks.
        String text = "\uFEFF  \t\r\n👨‍👩‍👧 In het kader van de implementatie wordt de aanvraag door de gemeente "
                + "beoordeeld, waarbij de afweging van de belangen van alle betrokken partijen in de regio in ogenschouw "
                + "wordt genomen en de deadline van het project 🏳️‍🌈 bewaakt wordt door de GGD.\r\n\r\n"
                + "De effectuering van de ide\u0301e vraagt samenhang in het cafe\u0301.";
        JsonNode check = json(checkFrom(aNetwork(), ApiClient.json(Map.of("text", text))));

        List<JsonNode> findings = new ArrayList<>();
        check.get("findings").forEach(findings::add);
        assertThat(findings).extracting(f -> f.get("kind").asString()).as("all nine kinds")
                .containsAll(java.util.Arrays.stream(FindingKind.values()).map(Enum::name).toList());
        assertThat(findings).allSatisfy(f -> {
            int start = f.get("start").asInt();
            int end = f.get("end").asInt();
            assertThat(start).isBetween(0, end);
            assertThat(text.substring(start, end)).isEqualTo(f.get("text").asString());
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("kind").asString()).isEqualTo("JARGON");
            assertThat(f.get("start").asInt()).isEqualTo(text.indexOf("In het kader van"));
            assertThat(f.get("suggestion").asString()).isNotBlank();
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("kind").asString()).isEqualTo("ABBREVIATION");
            assertThat(f.get("start").asInt()).isEqualTo(text.indexOf("GGD"));
        });
        assertThat(check.get("level").asString()).isIn("ABOVE_B1", "WELL_ABOVE_B1");
        assertThat(check.get("sentences").asInt()).isEqualTo(2);
        assertThat(check.get("components").propertyNames()).containsExactly("wordFrequency", "dependencyLength",
                "contentWordsPerClause", "concreteNouns");
        assertThat(check.get("score").propertyNames()).containsExactly("lint", "fleschDouma", "leesindexA");
    }

    @Test
    void checksEnglishWhenAskedTo() throws Exception {
        JsonNode check = json(checkFrom(aNetwork(), "{\"text\":\"We will talk about the help you need.\","
                + "\"language\":\"en\"}"));
        assertThat(check.get("language").asString()).isEqualTo("en");
        assertThat(check.get("words").asInt()).isEqualTo(8);
    }

    @Test
    void aTextOfTwentyThousandCharactersIsCheckedAndOneMoreIsRefusedWith413() throws Exception {
        String network = aNetwork();
        String sentence = "Wij maken de straat veilig. ";
        String limit = sentence.repeat(PlainLanguage.MAX_CHARACTERS / sentence.length() + 1)
                .substring(0, PlainLanguage.MAX_CHARACTERS);

        assertThat(checkFrom(network, ApiClient.json(Map.of("text", limit))).getStatus()).isEqualTo(200);

        MockHttpServletResponse tooLong = checkFrom(network, ApiClient.json(Map.of("text", limit + "x")));
        assertProblem(tooLong, 413);
        assertThat(json(tooLong).get("detail").asString()).contains("20000");
    }

    @Test
    void aFiveMegabyteBodyIsRefusedWith413AlsoWithoutContentLength() throws Exception {
        byte[] huge = ("{\"text\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0."
                + ThreadLocalRandom.current().nextInt(2, 250))).connectTimeout(Duration.ofSeconds(5)).build();

        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(huge),
                // Without a length: sent in chunks, so only counting the bytes read can stop it.
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))) {
            long started = System.nanoTime();
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json").POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aMissingOrBlankTextOrAnUnknownLanguageIsRefusedWith422NamingTheField() throws Exception {
        String network = aNetwork();
        Map<String, String> fieldOfBody = new LinkedHashMap<>();
        fieldOfBody.put("{}", "text");
        fieldOfBody.put("{\"text\":null}", "text");
        fieldOfBody.put("{\"text\":\"  \\n\\t \"}", "text");
        fieldOfBody.put("{\"text\":\"Een tekst.\",\"language\":\"de\"}", "language");
        fieldOfBody.put("{\"text\":\"Een tekst.\",\"language\":\"NL\"}", "language");
        fieldOfBody.put("{\"text\":\"Een tekst.\",\"language\":\"\"}", "language");
        for (var body : fieldOfBody.entrySet()) {
            MockHttpServletResponse reply = checkFrom(network, body.getKey());
            assertProblem(reply, 422);
            assertThat(json(reply).at("/errors/0/field").asString()).as(body.getKey()).isEqualTo(body.getValue());
        }
    }

    @Test
    void malformedJsonIsRefusedWith400() throws Exception {
        String network = aNetwork();
        for (String body : List.of("{\"text\": \"half", "[\"een\", \"lijst\"]", "\"alleen tekst\"",
                "{\"text\": [\"geen\", \"tekst\"]}", "")) {
            assertProblem(checkFrom(network, body), 400);
        }
    }

    @Test
    void aBrowserFormCannotPostToItEvenWithASession() throws Exception {
        // A cross-site form can only send form, multipart or plain-text bodies, never JSON; and the API never
        // reads the session a browser's cookie names (it is stateless), so a logged-in browser gains nothing.
        HttpClient http = HttpClient.newHttpClient();
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x")) {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
                    .header("Content-Type", type).header("Cookie", "SESSION=" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString("text=Een+tekst")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(type).isEqualTo(415);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(reply.headers().allValues("Set-Cookie")).as("no session is started").isEmpty();
        }
    }

    @Test
    void eachNetworkMayCheckThirtyTextsAMinuteThenGets429WithRetryAfter() throws Exception {
        String network = aNetwork();
        String body = "{\"text\":\"Kom naar de buurtavond.\"}";
        for (int i = 0; i < 30; i++) {
            assertThat(checkFrom(network, body).getStatus()).as("check %d", i + 1).isEqualTo(200);
        }
        MockHttpServletResponse refused = checkFrom(network, body);
        assertProblem(refused, 429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        // Invalid requests count too, so that they cannot be used to flood the server either.
        assertProblem(checkFrom(network, "{}"), 429);

        assertThat(checkFrom(aNetwork(), body).getStatus()).as("another network").isEqualTo(200);
    }

    @Test
    void nothingOfTheTextIsStoredOrLogged(CapturedOutput output) throws Exception {
        String marker = "Geheimwoord" + UUID.randomUUID().toString().replace("-", "");
        String network = aNetwork();
        assertThat(checkFrom(network, ApiClient.json(Map.of("text", "Wij bellen " + marker + " morgen."))).getStatus())
                .isEqualTo(200);
        assertProblem(checkFrom(network, ApiClient.json(Map.of("text", "Hallo " + marker, "language", "fr"))), 422);
        assertProblem(checkFrom(network, "{\"text\": \"" + marker), 400);

        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "current_schema() AND table_type = 'BASE TABLE'").query(String.class).list();
        List<String> holding = new ArrayList<>();
        for (String table : tables) {
            long rows = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text LIKE :p")
                    .param("p", "%" + marker + "%").query(Long.class).single();
            if (rows > 0) {
                holding.add(table);
            }
        }
        assertThat(holding).as("tables that hold the checked text").isEmpty();
        assertThat(output.getAll()).as("the log").doesNotContain(marker);
    }

    @Test
    void hostileTextsAreAnsweredAsJsonWithoutServerErrors() throws Exception {
        String network = aNetwork();
        for (String text : List.of("<script>alert('x')</script> Wij komen langs.", "=HYPERLINK(\"http://x\")",
                "مرحبا بكم في الاجتماع. \u202eWij komen\u202c langs.", "Tekst met een NUL\u0000-teken.",
                "Alleen \uD800 een halve emoji.", "\uFEFF\u200B\u00AD", "Een." + " ".repeat(15_000) + "Twee.",
                "x".repeat(64 * 1024))) {
            MockHttpServletResponse reply = checkFrom(network, ApiClient.json(Map.of("text", text)));
            assertThat(reply.getStatus()).as(text.substring(0, Math.min(40, text.length()))).isIn(200, 413, 422);
            assertThat(reply.getContentType()).isIn(MediaType.APPLICATION_JSON_VALUE,
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCheckAsOpenToEveryone() {
        JsonNode spec = new ApiClient(baseUrl()).get("/api/v1/openapi.json", null).json();
        JsonNode check = spec.at("/paths/~1api~1v1~1language~1check/post");
        assertThat(check.isMissingNode()).isFalse();
        assertThat(check.get("security").isArray() && check.get("security").isEmpty()).as("no token needed").isTrue();
        assertThat(check.get("responses").propertyNames()).contains("200", "400", "413", "415", "422", "429")
                .doesNotContain("401", "403");
        for (String status : List.of("400", "413", "422", "429")) {
            assertThat(check.at("/responses/" + status + "/content/application~1problem+json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(check.at("/requestBody/content/application~1json/examples/Dutch/value").isMissingNode()).isFalse();
        assertThat(spec.at("/components/schemas/LanguageCheckRequest/properties").propertyNames())
                .contains("text", "language");
        assertThat(spec.at("/components/schemas/LanguageCheck/properties").propertyNames())
                .contains("level", "score", "components", "findings");
        assertThat(spec.at("/components/schemas/LanguageFinding/properties/kind/enum").toString())
                .contains("JARGON", "ABBREVIATION");
        assertThat(spec.at("/components/schemas/LanguageScore/properties").propertyNames())
                .contains("lint", "fleschDouma", "leesindexA");
    }

    private MockHttpServletResponse checkFrom(String network, String body) throws Exception {
        return mvc.perform(post(PATH).with(from(network)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String network) {
        return request -> {
            request.setRemoteAddr(network);
            return request;
        };
    }

    /** A network of its own for each test, so that the limit never depends on other tests. */
    private static String aNetwork() {
        int n = NETWORKS.incrementAndGet();
        return "10.99." + (ThreadLocalRandom.current().nextInt(0, 250)) + "." + (n % 250 + 1);
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return ApiClient.JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
    }
}
