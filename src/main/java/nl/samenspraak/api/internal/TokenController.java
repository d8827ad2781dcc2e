package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Log in for the API")
class TokenController {

    /** Control characters have no place in a login; refusing them keeps them away from the database. */
    static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";
    static final String READ = "read";
    static final String READ_WRITE = "read-write";

    @Schema(name = "TokenRequest", description = "A staff member's login and the collaboration the token is for.")
    record TokenRequest(
            @Schema(description = "E-mail address of the staff account", example = "coordinator@example.org",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 320) @Pattern(regexp = NO_CONTROL_CHARACTERS) String email,
            @Schema(description = "Password of the staff account", example = "correct horse battery staple",
                    requiredMode = Schema.RequiredMode.REQUIRED, format = "password")
            @NotBlank @Size(max = 1000) @Pattern(regexp = NO_CONTROL_CHARACTERS) String password,
            @Schema(description = "Slug or id of the collaboration", example = "samen-gezond-noord",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 200) @Pattern(regexp = NO_CONTROL_CHARACTERS) String collaboration,
            @Schema(description = "What the token may do: `read` (GET requests only; any other method answers 403) "
                    + "or `read-write` (the default: whatever the staff member's role allows)",
                    allowableValues = {READ, READ_WRITE}, example = READ, defaultValue = READ_WRITE,
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @Pattern(regexp = READ + "|" + READ_WRITE, message = "must be read or read-write") String scope,
            @Schema(description = "The current 6-digit code from the authenticator app. Required when the account "
                    + "has a second factor (coordinators and platform administrators enrol one at their first "
                    + "login); each code works once.",
                    example = "123456", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @Size(max = 20) @Pattern(regexp = NO_CONTROL_CHARACTERS) String code) {

        ApiTokens.Scope tokenScope() {
            return READ.equals(scope) ? ApiTokens.Scope.READ : ApiTokens.Scope.READ_WRITE;
        }
    }

    @Schema(name = "TokenCollaboration", description = "The collaboration the token acts in, and the role in it.")
    record TokenCollaboration(UUID id, String slug, String name,
                              @Schema(implementation = Role.class) Role role) {}

    @Schema(name = "TokenResponse")
    record TokenResponse(
            @Schema(description = "Send as `Authorization: Bearer <token>`", example = "ssp_Qk7x...")
            String token,
            @Schema(description = "When the token stops working") Instant expiresAt,
            TokenCollaboration collaboration,
            @Schema(description = "What the token may do", allowableValues = {READ, READ_WRITE}) String scope) {}

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final SecondFactor secondFactor;

    /** {@code staffLogin} is the login page's own password check, with its slow-down (account module). */
    TokenController(AuthenticationProvider staffLogin, ApplicationEventPublisher events,
                    ApiTokens tokens, StaffAccounts accounts, SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        var manager = new ProviderManager(staffLogin);
        // Failed attempts must reach account.LoginEvents, which slows the account down.
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        this.authentication = manager;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Get a token",
            description = "Checks the e-mail address and password of a staff account that is a member of the "
                    + "collaboration, and returns a bearer token for that collaboration. With `\"scope\": \"read\"` "
                    + "the token may only read: any request other than GET answers 403. Staff see their tokens, "
                    + "when each was last used, and revoke them at /beheer/account/api-tokens; a revoked token "
                    + "answers 401 at once. After several wrong passwords the account is slowed down for a while: "
                    + "then even the right password is answered 401, the same answer as for a wrong password or an "
                    + "unknown account. Too many attempts from one network (an IPv4 address or an IPv6 /64) are "
                    + "refused with 429. An account with a second factor must also send the current code from its "
                    + "authenticator app as `code`; without it, or with a wrong or already used code, the answer "
                    + "is 401.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Token issued"),
                    @ApiResponse(responseCode = "401", description = "Wrong e-mail address, password, collaboration or "
                            + "app code, or too many wrong passwords for this account lately"),
                    @ApiResponse(responseCode = "429", description = "Too many attempts; try again later")})
    TokenResponse issueToken(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        StaffUser user = authenticate(request.email().strip(), request.password(), http);
        // The second factor guards the API as it guards the pages: a password alone is not enough, and a
        // coordinator or administrator who has not set one up yet gets no token until they have.
        SecondFactor.State factor = secondFactor.stateOf(user.id());
        if (factor.required() && !factor.enrolled()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "This account must first set up its second step (an "
                    + "authenticator app) by logging in on the website; then send the app's current code as \"code\".");
        }
        if (factor.enrolled()
                && !secondFactor.verifyAppCode(user.id(), request.code(), "api:" + user.email())) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED,
                    "This account has a second factor: send the current code from the authenticator app as \"code\".");
        }
        var issued = tokens.issue(user.id(), request.collaboration(), request.tokenScope())
                .orElseThrow(TokenController::refused);
        String key = request.collaboration().strip();
        TokenCollaboration collaboration = accounts.memberships(user.id()).stream()
                .filter(m -> m.slug().equals(key) || m.collaborationId().toString().equals(key))
                .findFirst()
                .map(m -> new TokenCollaboration(m.collaborationId(), m.slug(), m.collaborationName(), m.role()))
                .orElseThrow(TokenController::refused);
        return new TokenResponse(issued.token(), issued.expiresAt(), collaboration,
                request.tokenScope() == ApiTokens.Scope.READ ? READ : READ_WRITE);
    }

    private StaffUser authenticate(String email, String password, HttpServletRequest http) {
        try {
            var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
            // The client's address, so that the slow-down counts per network as on the login page.
            attempt.setDetails(new WebAuthenticationDetails(http));
            Authentication result = authentication.authenticate(attempt);
            if (result.getPrincipal() instanceof StaffUser user) {
                return user;
            }
            throw refused();
        } catch (InternalAuthenticationServiceException e) {
            throw e;
        } catch (AuthenticationException e) {
            // Wrong password, unknown account and slowed-down account alike: one answer.
            throw refused();
        }
    }

    private static ApiProblem refused() {
        return new ApiProblem(HttpStatus.UNAUTHORIZED,
                "The e-mail address or password is wrong, or this account is not a member of that collaboration.");
    }
}
