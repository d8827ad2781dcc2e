package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.anInputWithConsent;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.InputViews;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PUT /api/v1/inputs/{id}/moderation hides an input or a part of it, and shows it again. */
class ModerationApiTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired InputViews views;
    @Autowired JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl());
    }

    @Test
    void hidesTheWholeInputTellsTheAuthorOnceAndShowsItAgain() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String input = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anInputWithConsent("Een moestuin achter het buurthuis"))).text("id");

        var fresh = api.get("/api/v1/inputs/" + input, token).json().get("moderation");
        assertThat(fresh.get("hidden").asBoolean()).isFalse();
        assertThat(fresh.get("hiddenParts").size()).isZero();

        var hidden = api.put("/api/v1/inputs/" + input + "/moderation", token,
                json(Map.of("hidden", true, "reason", "DUPLICATE", "note", "Staat er al twee keer.")));
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("moderation").get("hidden").asBoolean()).isTrue();
        assertThat(hidden.json().get("moderation").get("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(hidden.json().get("moderation").get("note").asString()).isEqualTo("Staat er al twee keer.");
        assertThat(hidden.text("status")).as("still needs its answer").isEqualTo("RECEIVED");
        assertThat(views.published(process, null, 50).items()).isEmpty();

        // The author chose post: one letter notice, with the reason, also if the request is repeated.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> notices(input) == 1);
        assertThat(jdbc.sql("SELECT message FROM notification WHERE input_id = :i AND kind = 'MODERATION'")
                .param("i", UUID.fromString(input)).query(String.class).single())
                .contains("dezelfde inbreng er al staat", "Staat er al twee keer.");
        assertThat(api.put("/api/v1/inputs/" + input + "/moderation", token,
                json(Map.of("hidden", true, "reason", "DUPLICATE"))).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/inputs/" + input, token).json().get("notifications").toString()).contains("MODERATION");

        var shown = api.put("/api/v1/inputs/" + input + "/moderation", token, json(Map.of("hidden", false)));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("moderation").get("hidden").asBoolean()).isFalse();
        assertThat(views.published(process, null, 50).items()).hasSize(1);
    }

    @Test
    void hidesAndShowsAPart() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String input = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anInputWithConsent("Buurman Kees Jansen wil een moestuin"))).text("id");

        var hidden = api.put("/api/v1/inputs/" + input + "/moderation", token,
                json(Map.of("hidden", true, "reason", "PERSONAL_DATA", "part", "Kees Jansen")));
        assertThat(hidden.status()).isEqualTo(200);
        var moderation = hidden.json().get("moderation");
        assertThat(moderation.get("hidden").asBoolean()).isFalse();
        assertThat(moderation.get("hiddenParts").get(0).get("part").asString()).isEqualTo("Kees Jansen");
        assertThat(moderation.get("hiddenParts").get(0).get("reason").asString()).isEqualTo("PERSONAL_DATA");

        var shown = api.put("/api/v1/inputs/" + input + "/moderation", token,
                json(Map.of("hidden", false, "part", "Kees Jansen")));
        assertThat(shown.json().get("moderation").get("hiddenParts").size()).isZero();
    }

    @Test
    void aBadRequestIs422ProblemJsonAndChangesNothing() {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String input = api.post("/api/v1/processes/" + process + "/inputs", token,
                json(anInputWithConsent("Een moestuin"))).text("id");
        Map<String, Object> noHidden = new HashMap<>();
        noHidden.put("reason", "OFFENSIVE");

        for (String body : new String[] {
                json(Map.of("hidden", true, "reason", "RUDE")),
                json(Map.of("hidden", true)),
                json(Map.of("hidden", true, "reason", "OTHER")),
                json(Map.of("hidden", true, "reason", "OTHER", "note", "x".repeat(501))),
                json(Map.of("hidden", true, "reason", "PERSONAL_DATA", "part", "<script>alert(1)</script>")),
                json(noHidden)}) {
            var reply = api.put("/api/v1/inputs/" + input + "/moderation", token, body);
            assertThat(reply.status()).as(body).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/inputs/" + input, token).json().get("moderation").get("hidden").asBoolean()).isFalse();
        assertThat(views.published(process, null, 50).items()).hasSize(1);
    }

    @Test
    void anotherCollaborationGets404AndAViewer403() {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        String myToken = tokenFor(tokens, staff, mine.professionalEmail(), mine);
        UUID process = fixtures.aProcess(mine);
        String input = api.post("/api/v1/processes/" + process + "/inputs", myToken,
                json(anInputWithConsent("Een moestuin"))).text("id");
        String body = json(Map.of("hidden", true, "reason", "OFFENSIVE"));

        var foreign = api.put("/api/v1/inputs/" + input + "/moderation",
                tokenFor(tokens, staff, theirs.coordinatorEmail(), theirs), body);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.put("/api/v1/inputs/" + input + "/moderation",
                tokenFor(tokens, staff, mine.viewerEmail(), mine), body).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/inputs/" + input, myToken).json().get("moderation").get("hidden").asBoolean()).isFalse();
    }

    private int notices(String input) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE input_id = :i AND kind = 'MODERATION'")
                .param("i", UUID.fromString(input)).query(Integer.class).single();
    }
}
