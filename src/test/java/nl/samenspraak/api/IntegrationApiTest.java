package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.aProcessBody;
import static nl.samenspraak.api.ApiFixtures.anAnonymousInput;
import static nl.samenspraak.api.ApiFixtures.anInputWithConsent;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What an integrating system does: log in, set up a process, send in input, answer it, follow up. */
class IntegrationApiTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl());
    }

    @Test
    void capturesAnswersAndFollowsUpInputFromLoginToOverdueList() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var login = api.post("/api/v1/tokens", null, json(Map.of("email", world.coordinatorEmail(),
                "password", Fixtures.PASSWORD, "collaboration", world.collaboration().slug(),
                "code", fixtures.currentCode(world.coordinatorEmail()))));
        assertThat(login.status()).isEqualTo(201);
        String token = login.text("token");
        assertThat(token).startsWith("ssp_");
        assertThat(login.json().get("collaboration").get("role").asString()).isEqualTo("COORDINATOR");

        var created = api.post("/api/v1/processes", token, json(aProcessBody("Samen minder alleen")));
        assertThat(created.status()).isEqualTo(201);
        String processId = created.text("id");
        assertThat(created.text("publicUrl")).endsWith("/trajecten/" + processId);
        assertThat(created.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/processes/" + processId));
        var process = api.get("/api/v1/processes/" + processId, token);
        assertThat(process.text("participationLevel")).isEqualTo("ADVISING");
        assertThat(process.json().get("promise").get("decides").asString()).isEqualTo("De wethouder");
        assertThat(process.json().get("phases").get(0).get("name").asString()).isEqualTo("Ideeën ophalen");
        assertThat(api.get("/api/v1/processes", token).body()).contains(processId);

        var receipt = api.post("/api/v1/processes/" + processId + "/inputs", token,
                json(anInputWithConsent("Een wandelgroep op dinsdag, met koffie na afloop.")));
        assertThat(receipt.status()).isEqualTo(201);
        assertThat(receipt.text("followCode")).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(receipt.text("status")).isEqualTo("RECEIVED");
        assertThat(receipt.text("answerDue")).isEqualTo(today().plusDays(14).toString());
        String inputId = receipt.text("id");

        var old = api.post("/api/v1/processes/" + processId + "/inputs", token,
                json(anAnonymousInput("Meer bankjes in het park", today().minusDays(60))));
        assertThat(old.status()).isEqualTo(201);

        var answered = api.put("/api/v1/inputs/" + inputId + "/answer", token,
                json(Map.of("status", "ADOPTED", "text", "Vanaf mei start elke dinsdag een wandelgroep.")));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text("status")).isEqualTo("ADOPTED");

        var shown = awaitNotifications(token, inputId);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text("status")).isEqualTo("ADOPTED");
        assertThat(shown.text("answer")).isEqualTo("Vanaf mei start elke dinsdag een wandelgroep.");
        assertThat(shown.text("answeredOn")).isEqualTo(today().toString());
        assertThat(shown.text("followCode")).isEqualTo(receipt.text("followCode"));
        assertThat(shown.json().get("notifications").isArray()).isTrue();
        assertThat(notificationsOf(shown.json())).isEqualTo(storedNotifications(inputId));
        assertThat(shown.body()).doesNotContain("Dorpsstraat", "Mevrouw De Vries");

        var overdue = api.get("/api/v1/processes/" + processId + "/inputs?overdue=true", token);
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(ids(overdue.json())).containsExactly(old.text("id"));
        assertThat(overdue.json().get("items").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.json().get("next").isNull()).isTrue();
    }

    @Test
    void rejectsFinalStatusWithoutAnswerAndChangesNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String inputId = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anInputWithConsent("Graag een bankje bij de bushalte"))).text("id");

        var refused = api.put("/api/v1/inputs/" + inputId + "/answer", token,
                json(Map.of("status", "NOT_ADOPTED", "text", "   ")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("answer");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        var after = api.get("/api/v1/inputs/" + inputId, token);
        assertThat(after.text("status")).isEqualTo("RECEIVED");
        assertThat(after.text("answer")).isNull();
        assertThat(after.text("answeredOn")).isNull();
    }

    @Test
    void refusesContactDetailsWithoutConsentAndStoresNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        Map<String, Object> body = anAnonymousInput("Bel mij over de buurtbus", today());
        body.put("author", Map.of("name", "Jan", "phone", "06 12345678", "contactBy", "PHONE", "consent", false));

        var refused = api.post("/api/v1/processes/" + process + "/inputs", token, json(body));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).containsIgnoringCase("permission");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("author.consent");
        assertThat(api.get("/api/v1/processes/" + process + "/inputs", token).json().get("items").size()).isZero();
    }

    @Test
    void answersSimilarInputsTogetherButNotInputsOfAnotherProcess() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        UUID otherProcess = fixtures.aProcess(world);
        String a = capture(token, process, "Bankjes bij de supermarkt");
        String b = capture(token, process, "Een bankje bij de bushalte");
        String elsewhere = capture(token, otherProcess, "Een bankje bij de kerk");

        var mixed = api.put("/api/v1/processes/" + process + "/answers", token,
                json(Map.of("inputIds", List.of(a, elsewhere), "status", "ADOPTED", "text", "Er komen bankjes.")));
        assertThat(mixed.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/inputs/" + a, token).text("status")).isEqualTo("RECEIVED");

        var together = api.put("/api/v1/processes/" + process + "/answers", token,
                json(Map.of("inputIds", List.of(a, b), "status", "ADOPTED", "text", "Er komen vijf nieuwe bankjes.")));
        assertThat(together.status()).isEqualTo(200);
        assertThat(ids(together.json())).containsExactlyInAnyOrder(a, b);
        assertThat(api.get("/api/v1/inputs/" + b, token).text("answer")).isEqualTo("Er komen vijf nieuwe bankjes.");
        assertThat(api.get("/api/v1/inputs/" + elsewhere, token).text("status")).isEqualTo("RECEIVED");
    }

    @Test
    void pagesThroughAllInputsOfAProcessNewestFirst() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.viewerEmail(), world);
        String writer = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            sent.addFirst(capture(writer, process, "Idee nummer " + i));
        }

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/processes/" + process + "/inputs?limit=2";
        int pages = 0;
        while (next != null) {
            var page = api.get(next, token);
            assertThat(page.status()).isEqualTo(200);
            seen.addAll(ids(page.json()));
            next = page.text("next");
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(sent);
        assertThat(pages).isEqualTo(3);
    }

    private String capture(String token, UUID process, String text) {
        var reply = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anAnonymousInput(text, today())));
        assertThat(reply.status()).isEqualTo(201);
        return reply.text("id");
    }

    /** Telling the author happens after the answer is stored; give the feedback module a moment. */
    private ApiClient.Reply awaitNotifications(String token, String inputId) throws InterruptedException {
        for (int i = 0; i < 25 && storedNotifications(inputId).isEmpty(); i++) {
            Thread.sleep(200);
        }
        return api.get("/api/v1/inputs/" + inputId, token);
    }

    private List<Map<String, String>> storedNotifications(String inputId) {
        return jdbc.sql("SELECT channel, state FROM notification WHERE input_id = :i ORDER BY created_at")
                .param("i", UUID.fromString(inputId))
                .query((rs, n) -> Map.of("channel", rs.getString(1), "state", rs.getString(2))).list();
    }

    private static List<Map<String, String>> notificationsOf(JsonNode input) {
        List<Map<String, String>> result = new ArrayList<>();
        for (JsonNode n : input.get("notifications")) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("channel", n.get("channel").asString());
            row.put("state", n.get("state").asString());
            result.add(row);
        }
        return result;
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
