package nl.samenspraak.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocumentationTest extends IntegrationTest {

    @Test
    void publishesTheOpenApiDescriptionOfEveryEndpointWithoutLogin() {
        var reply = new ApiClient(baseUrl()).get("/api/v1/openapi.json", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode spec = reply.json();
        JsonNode paths = spec.get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/tokens", "/api/v1/processes", "/api/v1/processes/{id}",
                "/api/v1/processes/{processId}/inputs", "/api/v1/processes/{processId}/answers",
                "/api/v1/inputs/{id}", "/api/v1/inputs/{id}/answer");
        assertThat(paths.get("/api/v1/processes/{processId}/inputs").propertyNames()).contains("get", "post");
        assertThat(spec.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(spec.at("/components/schemas/NewInput/properties/channel/enum").toString())
                .contains("ONLINE", "OPTROMMELEN");
        assertThat(spec.at("/components/schemas/NewProcess/properties/participationLevel/enum").toString())
                .contains("INFORMING", "FACILITATING");
        assertThat(spec.at("/paths/~1api~1v1~1tokens/post/security").isArray()).isTrue();
        assertThat(spec.at("/paths/~1api~1v1~1inputs~1{id}/get/responses/404/content/application~1problem+json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(spec.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
        for (String withBody : new String[] {"/paths/~1api~1v1~1processes~1{processId}~1decisions/post",
                "/paths/~1api~1v1~1decisions~1{id}~1updates/post", "/paths/~1api~1v1~1inputs~1{id}~1moderation/put"}) {
            assertThat(spec.at(withBody + "/responses").propertyNames()).as(withBody)
                    .contains("404", "413", "422");
        }
    }
}
