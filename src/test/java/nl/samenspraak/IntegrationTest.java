package nl.samenspraak;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.account.SecondFactor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of every integration test: the whole app on a random port against its own
 * embedded PostgreSQL (a fresh temporary cluster), with a real SMTP server (GreenMail).
 * All subclasses share one Spring context, so the database starts once per test run;
 * tests therefore create their own collaborations through {@link Fixtures} and never
 * assume an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samenspraak.data-dir=",
        "samenspraak.demo=false",
        "samenspraak.outbox.interval=PT0.5S",
        "spring.thymeleaf.cache=false"
})
@Import({Fixtures.class, QueryCounter.class})
public abstract class IntegrationTest {

    /** The mail server; a test may stop and start it to show that no mail is lost. */
    protected static final GreenMail MAIL_SERVER;
    private static final int SMTP_PORT;

    static {
        try (ServerSocket socket = new ServerSocket(0)) {
            SMTP_PORT = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        MAIL_SERVER = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        MAIL_SERVER.start();
    }

    @LocalServerPort
    protected int port;

    @Autowired protected WebApplicationContext context;
    @Autowired protected UserDetailsService users;

    /** The app's clock (Dutch calendar): tests ask it for "today", never the JVM's default time zone. */
    @Autowired protected Clock clock;

    /** The whole app with Spring Security in front, for requests without a network round trip. */
    protected MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /**
     * Every test starts on a fresh day for the mails the public forms may send one address
     * (RateLimiter.tryMailTo): the whole run shares one database, and tests reuse addresses.
     */
    @BeforeEach
    void forgetMailsPerAddress(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'mail-to:%'").update();
    }

    /**
     * Acts as the staff member with this e-mail address, loaded as the login would, with the
     * second factor passed (as after the code page), so tests of staff pages need no code.
     */
    protected RequestPostProcessor as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactor.AUTHORITY));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    }

    /** Today on the app's clock, as the app itself sees it whatever the JVM's time zone. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * A page without the app's own script files (static/js, loaded with {@code <script src>} as the
     * Content-Security-Policy allows no inline script), so that hostile-input tests can check that
     * no {@code <script} a user typed reaches the page while forms use those files.
     */
    protected static String withoutOwnScripts(String html) {
        return html.replaceAll("<script src=\"/js/[a-z-]+\\.js\" defer></script>", "");
    }
}
