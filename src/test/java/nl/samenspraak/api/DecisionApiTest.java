package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.anAnonymousInput;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/** An integrating system records what was decided with the input and how it is carried out. */
class DecisionApiTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired DecisionBook decisions;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl());
    }

    @Test
    void recordsADecisionWithItsInputsTellsItsStateAndShowsItOnTheInput() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String first = input(token, process, "Meer bankjes in het park");
        String second = input(token, process, "Een bankje bij de bushalte");

        var created = api.post("/api/v1/processes/" + process + "/decisions", token, json(decision(List.of(first, second))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.text("publicUrl")).endsWith("/besluiten/" + id);
        assertThat(decisions.linkedInputs(world.collaboration().id(), new DecisionId(UUID.fromString(id))))
                .containsExactlyInAnyOrder(UUID.fromString(first), UUID.fromString(second));
        var publicPage = publicPage(id);
        assertThat(publicPage.getStatus()).isEqualTo(200);
        assertThat(publicPage.getContentAsString()).contains("Vijf bankjes in het park", "2 reacties");

        var update = api.post("/api/v1/decisions/" + id + "/updates", token, json(Map.of("state", "IN_PROGRESS",
                "text", "De bankjes zijn besteld.", "date", today().toString())));
        assertThat(update.status()).as(update.body()).isEqualTo(201);
        assertThat(update.json().get("number").asInt()).isEqualTo(1);
        assertThat(update.text("state")).isEqualTo("IN_PROGRESS");

        JsonNode linked = api.get("/api/v1/inputs/" + first, token).json().get("decisions");
        assertThat(linked).hasSize(1);
        assertThat(linked.get(0).get("id").asString()).isEqualTo(id);
        assertThat(linked.get(0).get("title").asString()).isEqualTo("Vijf bankjes in het park");
        assertThat(linked.get(0).get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.get("/api/v1/inputs/" + input(token, process, "Iets anders"), token).json().get("decisions"))
                .isEmpty();
    }

    @Test
    void anInputOfAnotherProcessOrCollaborationIs422AndNothingIsStored() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.coordinatorEmail(), world);
        UUID process = fixtures.aProcess(world);
        String mine = input(token, process, "Meer bankjes");
        String otherProcess = input(token, fixtures.aProcess(world), "Iets elders");
        String otherCollaboration = input(tokenFor(tokens, staff, other.coordinatorEmail(), other),
                fixtures.aProcess(other), "Iets van een ander");

        for (String foreign : List.of(otherProcess, otherCollaboration)) {
            var refused = api.post("/api/v1/processes/" + process + "/decisions", token, json(decision(List.of(mine, foreign))));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("inputIds");
            assertThat(refused.text("detail")).contains("does not belong to this process");
        }
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
        assertThat(decisions.ofInput(world.collaboration().id(), UUID.fromString(mine))).isEmpty();

        Map<String, Object> untitled = decision(List.of(mine));
        untitled.remove("title");
        var noTitle = api.post("/api/v1/processes/" + process + "/decisions", token, json(untitled));
        assertThat(noTitle.status()).isEqualTo(422);
        assertThat(noTitle.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
    }

    @Test
    void aDelayOrStopWithoutAReasonIs422AndChangesNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String id = api.post("/api/v1/processes/" + process + "/decisions", token,
                json(decision(List.of(input(token, process, "Meer bankjes"))))).text("id");

        for (String state : List.of("DELAYED", "STOPPED")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("state", state);
            body.put("text", "   ");
            body.put("date", today().toString());
            var refused = api.post("/api/v1/decisions/" + id + "/updates", token, json(body));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        }
        assertThat(api.post("/api/v1/decisions/" + id + "/updates", token,
                json(Map.of("state", "LATER", "date", today().toString()))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/decisions/" + id + "/updates", token,
                json(Map.of("state", "DONE", "date", today().plusDays(3).toString()))).status()).isEqualTo(422);
        var decision = decisions.find(world.collaboration().id(), new DecisionId(UUID.fromString(id))).orElseThrow();
        assertThat(decision.updates()).isEmpty();
        assertThat(decision.state()).isEqualTo(DecisionState.PLANNED);

        var delayed = api.post("/api/v1/decisions/" + id + "/updates", token, json(Map.of("state", "DELAYED",
                "text", "De leverancier is later.", "date", today().toString())));
        assertThat(delayed.status()).isEqualTo(201);
        assertThat(decisions.find(world.collaboration().id(), new DecisionId(UUID.fromString(id))).orElseThrow().state())
                .isEqualTo(DecisionState.DELAYED);
    }

    @Test
    void anotherCollaborationsProcessOrDecisionIs404AndAViewerIsRefused() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.coordinatorEmail(), world);
        String otherToken = tokenFor(tokens, staff, other.coordinatorEmail(), other);
        UUID process = fixtures.aProcess(world);
        String id = api.post("/api/v1/processes/" + process + "/decisions", token, json(decision(List.of()))).text("id");

        assertThat(api.post("/api/v1/processes/" + process + "/decisions", otherToken, json(decision(List.of())))
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/decisions/" + id + "/updates", otherToken, json(Map.of("state", "DONE",
                "date", today().toString()))).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/decisions/" + UUID.randomUUID() + "/updates", token, json(Map.of("state", "DONE",
                "date", today().toString()))).status()).isEqualTo(404);
        String viewer = tokenFor(tokens, staff, world.viewerEmail(), world);
        assertThat(api.post("/api/v1/processes/" + process + "/decisions", viewer, json(decision(List.of())))
                .status()).isEqualTo(403);
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).hasSize(1);
        assertThat(decisions.ofCollaboration(other.collaboration().id())).isEmpty();
    }

    @Test
    void hostileTextIsStoredAsTextOrRefusedWhenTooLong() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        Map<String, Object> huge = decision(List.of());
        huge.put("text", "x".repeat(64 * 1024));
        var tooLong = api.post("/api/v1/processes/" + process + "/decisions", token, json(huge));
        assertThat(tooLong.status()).isEqualTo(422);

        Map<String, Object> hostile = decision(List.of());
        hostile.put("title", "<script>alert(1)</script> =cmd|' /C calc'!A0 \u202Eשלום\u0000");
        var created = api.post("/api/v1/processes/" + process + "/decisions", token, json(hostile));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String page = publicPage(created.text("id")).getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aMalformedDateNamesItsFieldAndStoresNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        for (String date : List.of("2026-13-01", "yesterday", "31-12-2026")) {
            Map<String, Object> body = decision(List.of());
            body.put("decidedOn", date);
            var refused = api.post("/api/v1/processes/" + process + "/decisions", token, json(body));
            assertThat(refused.status()).as(date).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("decidedOn");
            assertThat(refused.text("detail")).contains("must be a date such as");
        }
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
        String id = api.post("/api/v1/processes/" + process + "/decisions", token, json(decision(List.of()))).text("id");
        var badUpdate = api.post("/api/v1/decisions/" + id + "/updates", token,
                json(Map.of("state", "DONE", "date", "2026-02-30")));
        assertThat(badUpdate.status()).isEqualTo(400);
        assertThat(badUpdate.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(decisions.find(world.collaboration().id(), new DecisionId(UUID.fromString(id))).orElseThrow()
                .updates()).isEmpty();
    }

    @Test
    void aBodyOverAMegabyteIs413BeforeItIsReadAlsoWithoutContentLengthAndNothingIsStored() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        Map<String, Object> body = decision(List.of());
        body.put("text", "a".repeat(3 * 1024 * 1024));
        byte[] huge = json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var http = java.net.http.HttpClient.newHttpClient();
        for (var publisher : List.of(java.net.http.HttpRequest.BodyPublishers.ofByteArray(huge),
                // Without a length: sent in chunks, so only counting the bytes read can stop it.
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))) {
            var reply = http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(baseUrl() + "/api/v1/processes/" + process + "/decisions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(publisher).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();

        // The largest decision the rules allow still fits: every text at its limit, as many inputs as allowed.
        Map<String, Object> largest = decision(java.util.Collections.nCopies(
                nl.samenspraak.feedback.DecisionLimits.INPUTS, UUID.randomUUID().toString()));
        largest.put("text", "\u00e9".repeat(nl.samenspraak.feedback.DecisionLimits.TEXT));
        largest.put("reasons", "\u00e9".repeat(nl.samenspraak.feedback.DecisionLimits.REASONS));
        // Every "é" written as the six-byte JSON escape, as a client may send it.
        String raw = json(largest).replace("\u00e9", "\\u00e9");
        assertThat(raw.length()).isGreaterThan(300_000);
        var refusedByRule = api.post("/api/v1/processes/" + process + "/decisions", token, raw);
        assertThat(refusedByRule.status()).as(refusedByRule.body()).isEqualTo(422);
        assertThat(refusedByRule.json().get("errors").get(0).get("field").asString()).isEqualTo("inputIds");
    }

    private MockHttpServletResponse publicPage(String id) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/besluiten/{id}", id)).andReturn().getResponse();
    }

    private String input(String token, UUID process, String text) {
        var reply = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anAnonymousInput(text, today().minusDays(2))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.text("id");
    }

    private Map<String, Object> decision(List<String> inputIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Vijf bankjes in het park");
        body.put("text", "Het college plaatst dit voorjaar vijf bankjes langs de wandelroute.");
        body.put("decidedBy", "Het college van B en W");
        body.put("decidedOn", today().toString());
        body.put("reasons", "Veel inwoners vroegen erom.");
        body.put("inputIds", inputIds);
        return body;
    }
}
