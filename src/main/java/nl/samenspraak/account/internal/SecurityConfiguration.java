package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.SecondFactor;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The page of platform.ExpiredFormController. */
    static final String EXPIRED_FORM_PATH = "/formulier-verlopen";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** Argon2id for new passwords; bcrypt still verifies hashes made elsewhere. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** The integration API: stateless, bearer tokens, errors as problem+json. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, RateLimiter limiter) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new LoginRateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
                        // The plain-language check is for everyone (issue 12); it stores nothing and is rate-limited.
                        .requestMatchers(HttpMethod.POST, "/api/v1/language/check").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("API")
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole("API")
                        // Every change needs a token that may change (scope read-write).
                        .anyRequest().hasAuthority(ApiTokens.WRITE_AUTHORITY))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, HttpStatus.UNAUTHORIZED,
                                "Log in with a bearer token from POST /api/v1/tokens."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, HttpStatus.FORBIDDEN,
                                isReadOnlyToken() ? "This token may only read (scope read). Use a token with scope "
                                        + "read-write to change anything." : "Your role does not allow this.")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /** Pages: sessions in PostgreSQL, CSRF tokens on every form, staff pages behind login. */
    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, RateLimiter limiter, SecondFactor secondFactor, Clock clock,
                                 @Value("${samenspraak.session.absolute-timeout}") Duration absoluteTimeout) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/beheer/**").hasRole("STAFF")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .addFilterBefore(new LoginRateLimitFilter(limiter), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(clock, absoluteTimeout), SecurityContextHolderFilter.class)
                // After the password, staff pages wait for the second factor (or its enrolment).
                .addFilterBefore(new SecondFactorFilter(secondFactor), AuthorizationFilter.class)
                // The CSRF token lives in a cookie, not in a session: anonymous residents then need no
                // session row at all, and a form left open for hours still submits.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/beheer", false)
                        // One answer for a wrong password, an unknown account and a slowed-down account,
                        // so the page never tells whether an account exists.
                        .failureHandler((req, res, ex) -> res.sendRedirect(req.getContextPath() + "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                // A stale or missing form token is not "forbidden" to a person: explain it, and keep what they typed.
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        response.setStatus(HttpStatus.FORBIDDEN.value());
                        request.getRequestDispatcher(EXPIRED_FORM_PATH).forward(request, response);
                    } else {
                        new AccessDeniedHandlerImpl().handle(request, response, denied);
                    }
                }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static boolean isReadOnlyToken() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .noneMatch(a -> ApiTokens.WRITE_AUTHORITY.equals(a.getAuthority()))
                && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_API".equals(a.getAuthority()));
    }
}
