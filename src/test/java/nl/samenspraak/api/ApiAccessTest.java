package nl.samenspraak.api;

import static nl.samenspraak.api.ApiClient.json;
import static nl.samenspraak.api.ApiFixtures.aProcessBody;
import static nl.samenspraak.api.ApiFixtures.anInputWithConsent;
import static nl.samenspraak.api.ApiFixtures.tokenFor;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Who may do what through the API: tokens, roles, and never another collaboration's data. */
class ApiAccessTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(baseUrl());
    }

    @Test
    void anotherCollaborationsTokenFindsNothingAndChangesNothing() {
        var mine = fixtures.aCollaborationWithStaff();
        var theirs = fixtures.aCollaborationWithStaff();
        String myToken = tokenFor(tokens, staff, mine.coordinatorEmail(), mine);
        String theirToken = tokenFor(tokens, staff, theirs.coordinatorEmail(), theirs);
        UUID process = fixtures.aProcess(mine);
        String input = api.post("/api/v1/processes/" + process + "/inputs", myToken,
                json(anInputWithConsent("Een moestuin achter het buurthuis"))).text("id");
        String answer = json(Map.of("status", "ADOPTED", "text", "Ja"));

        List<ApiClient.Reply> attempts = List.of(
                api.get("/api/v1/processes/" + process, theirToken),
                api.get("/api/v1/processes/" + process + "/inputs", theirToken),
                api.get("/api/v1/processes/" + process + "/inputs?overdue=true", theirToken),
                api.get("/api/v1/inputs/" + input, theirToken),
                api.post("/api/v1/processes/" + process + "/inputs", theirToken, json(anInputWithConsent("Van buiten"))),
                api.put("/api/v1/inputs/" + input + "/answer", theirToken, answer),
                api.put("/api/v1/processes/" + process + "/answers", theirToken,
                        json(Map.of("inputIds", List.of(input), "status", "ADOPTED", "text", "Ja"))));

        assertThat(attempts).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("moestuin");
        });
        assertThat(api.get("/api/v1/processes", theirToken).body()).doesNotContain(process.toString());
        var unchanged = api.get("/api/v1/inputs/" + input, myToken);
        assertThat(unchanged.text("status")).isEqualTo("RECEIVED");
        assertThat(unchanged.text("answer")).isNull();
        assertThat(api.get("/api/v1/processes/" + process + "/inputs", myToken).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void viewerMayReadButNotWrite() {
        var world = fixtures.aCollaborationWithStaff();
        String viewer = tokenFor(tokens, staff, world.viewerEmail(), world);
        String professional = tokenFor(tokens, staff, world.professionalEmail(), world);
        UUID process = fixtures.aProcess(world);
        String input = api.post("/api/v1/processes/" + process + "/inputs", professional,
                json(anInputWithConsent("Meer licht in de steeg"))).text("id");

        assertThat(api.get("/api/v1/inputs/" + input, viewer).status()).isEqualTo(200);
        List<ApiClient.Reply> writes = List.of(
                api.post("/api/v1/processes", viewer, json(aProcessBody("Niet door een kijker"))),
                api.post("/api/v1/processes/" + process + "/inputs", viewer, json(anInputWithConsent("Ook niet"))),
                api.put("/api/v1/inputs/" + input + "/answer", viewer, json(Map.of("status", "ADOPTED", "text", "Ja"))),
                api.put("/api/v1/processes/" + process + "/answers", viewer,
                        json(Map.of("inputIds", List.of(input), "status", "ADOPTED", "text", "Ja"))));
        assertThat(writes).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("detail")).contains("role");
        });
        assertThat(api.get("/api/v1/inputs/" + input, viewer).text("status")).isEqualTo("RECEIVED");
        assertThat(api.get("/api/v1/processes/" + process + "/inputs", viewer).json().get("items").size()).isEqualTo(1);
    }

    @Test
    void onlyACoordinatorCreatesProcesses() {
        var world = fixtures.aCollaborationWithStaff();
        String professional = tokenFor(tokens, staff, world.professionalEmail(), world);

        assertThat(api.post("/api/v1/processes", professional, json(aProcessBody("Door een professional"))).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/processes", professional).body()).doesNotContain("Door een professional");
    }

    @Test
    void refusesRequestsWithoutAValidToken() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);

        List<ApiClient.Reply> replies = List.of(
                api.get("/api/v1/processes", null),
                api.get("/api/v1/processes/" + process, "ssp_not-a-real-token"),
                api.post("/api/v1/processes/" + process + "/inputs", null, json(anInputWithConsent("Zonder token"))),
                api.send("GET", "/api/v1/processes", "x".repeat(5000), null));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("detail")).contains("token");
        });
    }

    @Test
    void refusesAWrongPasswordAnUnknownAccountAndAnotherCollaboration() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();

        List<ApiClient.Reply> replies = List.of(
                login(world.professionalEmail(), "wrong password", world.collaboration().slug()),
                login("nobody@nowhere.example", Fixtures.PASSWORD, world.collaboration().slug()),
                login(world.professionalEmail(), Fixtures.PASSWORD, other.collaboration().slug()),
                login(world.professionalEmail(), Fixtures.PASSWORD, "no-such-collaboration"));

        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("ssp_");
        });
        var byId = login(world.professionalEmail(), Fixtures.PASSWORD, world.collaboration().id().toString());
        assertThat(byId.status()).isEqualTo(201);
        assertThat(byId.json().get("collaboration").get("slug").asString()).isEqualTo(world.collaboration().slug());
        assertThat(api.get("/api/v1/processes", byId.text("token")).status()).isEqualTo(200);
    }

    @Test
    void slowsDownAnAccountAfterRepeatedWrongPasswordsWithTheAnswerOfAWrongPassword() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        for (int i = 0; i < 5; i++) {
            assertThat(login(world.viewerEmail(), "guess " + i, slug).status()).isEqualTo(401);
        }

        var locked = login(world.viewerEmail(), Fixtures.PASSWORD, slug);
        var unknown = login("nobody-" + java.util.UUID.randomUUID() + "@nowhere.example", Fixtures.PASSWORD, slug);

        // Slowed down, yet the same answer as for an account that does not exist: nothing to learn from it.
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.text("detail")).isEqualTo(unknown.text("detail"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(locked.body()).doesNotContain("ssp_");
    }

    private ApiClient.Reply login(String email, String password, String collaboration) {
        return api.post("/api/v1/tokens", null,
                json(Map.of("email", email, "password", password, "collaboration", collaboration)));
    }
}
