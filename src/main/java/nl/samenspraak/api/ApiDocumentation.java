package nl.samenspraak.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Samenspraak Integration API", version = "v1",
                description = """
                        Create participation processes, send in input received through any channel, and answer it,
                        from your own systems. Get a token with POST /api/v1/tokens and send it as
                        `Authorization: Bearer <token>`. A token belongs to one collaboration: objects of another
                        collaboration answer 404. Errors are `application/problem+json` (RFC 9457) with a readable
                        `detail` and, for invalid fields, an `errors` list of `{field, message}`.""",
                license = @License(name = "EUPL-1.2")),
        security = @SecurityRequirement(name = ApiDocumentation.BEARER))
@SecurityScheme(name = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/tokens, valid for 30 days, bound to one collaboration.")
class ApiDocumentation {

    static final String BEARER = "bearer";
}
