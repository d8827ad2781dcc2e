package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Samenspraak Integration API", version = "v1",
                description = """
                        Create participation processes, send in input received through any channel, answer it, and
                        record what was decided with it and how that is carried out, from your own systems. Get a token with POST /api/v1/tokens and send it as
                        `Authorization: Bearer <token>`. An account with a second factor (an authenticator app)
                        also sends the app's current 6-digit `code` when it asks for a token; without it the
                        answer is 401. A token belongs to one collaboration: objects of another
                        collaboration answer 404. Roles: VIEWER reads, PROFESSIONAL also sends in and answers input and records decisions and their updates,
                        COORDINATOR also creates processes. A token made with scope `read` only reads: every
                        request other than GET answers 403, whatever the role. Errors are `application/problem+json` (RFC 9457) with a
                        readable `detail` and, for invalid fields, an `errors` list of `{field, message}`.
                        Checking how easy a text is to read (POST /api/v1/language/check) is open to everyone, without
                        a token.""",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens, valid for 30 days, bound to one collaboration; "
                + "its owner can revoke it at any time.")
class ApiDocumentation {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    /** Paths anyone may call without a token: they never answer 401 or 403. */
    private static final java.util.Set<String> OPEN_PATHS = java.util.Set.of("/api/v1/tokens",
            LanguageCheckController.PATH);

    /** Every error response is a problem document; the common ones are listed once here rather than on each method. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses();
                responses.computeIfAbsent("400", code -> problem("The request is malformed: not JSON, a wrong "
                        + "type, an unknown value or an invalid id"));
                if (operation.getRequestBody() != null) {
                    responses.computeIfAbsent("422", code -> problem("A field breaks a rule; see `errors`. Nothing "
                            + "was stored"));
                    responses.computeIfAbsent("413", code -> problem("The body is larger than "
                            + ApiBodyLimit.MAX_BODY_BYTES + " bytes; it is not read and nothing is stored"));
                }
                if (!OPEN_PATHS.contains(path)) {
                    responses.computeIfAbsent("401", code -> problem("No valid bearer token"));
                    if (method != PathItem.HttpMethod.GET) {
                        responses.computeIfAbsent("403", code -> problem("Your role does not allow this, or "
                                + "the token has scope read"));
                    }
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
                sortResponses(operation);
            }));
        };
    }

    private static void sortResponses(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.addApiResponse(e.getKey(), e.getValue()));
        operation.setResponses(sorted);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("author.consent"))
                .addProperty("message", new StringSchema().example("Contact details may only be kept with the "
                        + "author's consent: set consent to true or leave the details out."));
        return new ObjectSchema()
                .description("An error as RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema().description("What is wrong, in plain English"))
                .addProperty("instance", new StringSchema().example("/api/v1/processes"))
                .addProperty("errors", new ArraySchema().items(fieldProblem)
                        .description("The invalid fields, when fields are the problem"));
    }
}
