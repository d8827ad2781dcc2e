package nl.samenspraak.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The per-network limit on password attempts cannot be dodged by writing the path or the address differently. */
class LoginRateLimitTest extends IntegrationTest {

    @Autowired RateLimiter limiter;
    @Autowired JdbcClient jdbc;

    @Test
    void twoIpv6AddressesInOneSlash64ShareOneLimitAndTheNextSlash64HasItsOwn() throws Exception {
        String prefix = "2001:db8:" + Integer.toHexString(1 + (int) (Math.random() * 0xfffe)) + ":7:";
        for (int i = 0; i < LoginRateLimitFilter.ATTEMPTS_PER_WINDOW; i++) {
            attempt(post("/login"), prefix + ":" + Integer.toHexString(i + 1));
        }

        assertThat(attempt(post("/login"), prefix + "ffff:1:2:3").getRedirectedUrl()).isEqualTo("/login?throttled");
        assertThat(attempt(post("/api/v1/tokens"), prefix + "abcd::9").getStatus()).isEqualTo(429);
        String neighbour = prefix.replace(":7:", ":8:") + ":1";
        assertThat(attempt(post("/login"), neighbour).getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void spellingsOfTheLoginPathThatTheServerReadsAsLoginAreLimitedToo() throws Exception {
        String address = "10.66." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < LoginRateLimitFilter.ATTEMPTS_PER_WINDOW; i++) {
            limiter.tryAcquire("login:" + ClientNetwork.of(address), LoginRateLimitFilter.ATTEMPTS_PER_WINDOW,
                    LoginRateLimitFilter.WINDOW);
        }

        for (String path : new String[] {"/login", "/%6Cogin", "/%6c%6f%67%69%6e", "/login/"}) {
            MockHttpServletResponse response = attempt(post(URI.create(path)), address);
            assertThat(response.getRedirectedUrl()).as(path).isEqualTo("/login?throttled");
        }
        // A path parameter never gets as far as a password check: Spring Security's firewall refuses it.
        assertThat(attempt(post(URI.create("/login;x=1")), address).getStatus()).isEqualTo(400);
        assertThat(attempt(post(URI.create("/api/v1/%74okens")), address).getStatus()).isEqualTo(429);
    }

    private MockHttpServletResponse attempt(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.param("email", "niemand@gemeente.example").param("password", "geraden")
                        .with(csrf()).with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn().getResponse();
    }
}
