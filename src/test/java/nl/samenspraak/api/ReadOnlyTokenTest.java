package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.aProcessBody;
import static nl.samenspraak.api.ApiFixtures.anInputWithConsent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A token asked for with {@code "scope": "read"} reads everything its role may read, and changes nothing. */
class ReadOnlyTokenTest extends IntegrationTest {

    @Autowired Fixtures fixtures;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl());
    }

    @Test
    void aReadOnlyTokenOfACoordinatorReadsButEveryChangeAnswers403() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        var issued = login(world.coordinatorEmail(), "read");
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.text("scope")).isEqualTo("read");
        String token = issued.text("token");
        String writer = login(world.coordinatorEmail(), null).text("token");
        String input = api.post("/api/v1/processes/" + process + "/inputs", writer,
                json(anInputWithConsent("Een bankje bij de bushalte"))).text("id");

        assertThat(api.get("/api/v1/processes", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/inputs/" + input, token).status()).isEqualTo(200);
        List<ApiClient.Reply> writes = List.of(
                api.post("/api/v1/processes", token, json(aProcessBody("Niet met een leestoken"))),
                api.post("/api/v1/processes/" + process + "/inputs", token, json(anInputWithConsent("Ook niet"))),
                api.put("/api/v1/inputs/" + input + "/answer", token, json(Map.of("status", "ADOPTED", "text", "Ja"))));
        assertThat(writes).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("detail")).contains("may only read");
        });
        assertThat(api.get("/api/v1/inputs/" + input, token).text("status")).isEqualTo("RECEIVED");
        assertThat(api.get("/api/v1/processes", token).body()).doesNotContain("Niet met een leestoken");
    }

    @Test
    void withoutAScopeATokenMayReadAndWriteAsItsRoleAllows() {
        var world = fixtures.aCollaborationWithStaff();
        var issued = login(world.coordinatorEmail(), null);
        assertThat(issued.text("scope")).isEqualTo("read-write");
        var created = api.post("/api/v1/processes", issued.text("token"), json(aProcessBody("Met een schrijftoken")));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void anUnknownScopeIsRefusedWithTheFieldNamed() {
        var world = fixtures.aCollaborationWithStaff();
        var refused = login(world.coordinatorEmail(), "admin");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("scope").doesNotContain("ssp_");
    }

    @Test
    void theContractDescribesTheScope() {
        var spec = api.get("/api/v1/openapi.json", null).json();
        var scope = spec.at("/components/schemas/TokenRequest/properties/scope");
        assertThat(scope.get("enum").toString()).contains("\"read\"", "\"read-write\"");
        assertThat(spec.at("/components/schemas/TokenRequest/required").toString()).doesNotContain("scope");
        assertThat(spec.at("/paths/~1api~1v1~1processes/post/responses/403/description").asString()).contains("scope read");
    }

    private ApiClient.Reply login(String email, String scope) {
        var body = new java.util.LinkedHashMap<String, Object>(Map.of("email", email, "password", Fixtures.PASSWORD,
                "collaboration", email.substring(email.indexOf('@') + 1, email.lastIndexOf('.'))));
        if (scope != null) {
            body.put("scope", scope);
        }
        // Coordinators have a second step: the token request carries their app's code.
        if (email.startsWith("coordinator")) {
            body.put("code", fixtures.currentCode(email));
        }
        return api.post("/api/v1/tokens", null, json(body));
    }
}
