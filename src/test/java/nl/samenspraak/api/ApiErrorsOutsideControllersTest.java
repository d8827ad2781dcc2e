package nl.samenspraak.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An integrator who calls a wrong path or method still gets problem+json, and a browser still gets the error page. */
class ApiErrorsOutsideControllersTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownPathAndWrongMethodAnswerProblemJson() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String token = tokens.issue(world.coordinatorId(), world.collaboration().slug()).orElseThrow().token();

        var unknown = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/nothing-here"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404");

        var wrongMethod = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/processes"))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        var page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/bestaat-niet")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Deze pagina bestaat niet").contains("<main");
    }
}
