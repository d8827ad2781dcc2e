package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** "Wachtwoord vergeten": the same answer for every address, a single-use link of 30 minutes, sessions end. */
class PasswordResetTest extends IntegrationTest {

    static final Pattern LINK = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]{20,})");
    static final String NEW_PASSWORD = "zeven groene fietsen bij het veer";

    @Autowired LoginThrottle throttle;
    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired JdbcIndexedSessionRepository sessions;
    @Autowired PasswordResets resets;

    @Test
    void anExistingAndAnUnknownAddressGetTheSameAnswerAndOnlyTheAccountGetsMail() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        RequestPostProcessor from = fromAnAddress();

        long started = System.nanoTime();
        MvcResult existing = mvc.perform(post("/wachtwoord-vergeten").param("email", world.professionalEmail())
                .with(csrf()).with(from)).andReturn();
        long between = System.nanoTime();
        MvcResult stranger = mvc.perform(post("/wachtwoord-vergeten").param("email", unknown)
                .with(csrf()).with(from)).andReturn();
        long ended = System.nanoTime();
        // Both answers wait out the same fixed time, so timing them tells nothing about the address.
        assertThat(java.time.Duration.ofNanos(between - started)).isGreaterThanOrEqualTo(PasswordResetController.STEADY_ANSWER);
        assertThat(java.time.Duration.ofNanos(ended - between)).isGreaterThanOrEqualTo(PasswordResetController.STEADY_ANSWER);

        assertThat(existing.getResponse().getStatus()).isEqualTo(302).isEqualTo(stranger.getResponse().getStatus());
        assertThat(existing.getResponse().getRedirectedUrl()).isEqualTo("/wachtwoord-vergeten/verstuurd")
                .isEqualTo(stranger.getResponse().getRedirectedUrl());
        assertThat(existing.getResponse().getHeaderNames()).containsExactlyInAnyOrderElementsOf(
                stranger.getResponse().getHeaderNames());
        assertThat(mailsTo(unknown)).isEmpty();
        List<String> mails = mailsTo(world.professionalEmail());
        assertThat(mails).hasSize(1);
        assertThat(jdbc.sql("SELECT collaboration_id IS NULL FROM outbox_mail WHERE recipient = :r")
                .param("r", world.professionalEmail()).query(Boolean.class).single())
                .as("the mail belongs to no collaboration, so no coordinator's outbox page shows its link").isTrue();
        String token = tokenIn(mails.getFirst());
        assertThat(jdbc.sql("SELECT token_hash FROM password_reset_token WHERE token_hash = :t OR token_hash = :h")
                .param("t", token).param("h", ApiTokens.hash(token)).query(String.class).list())
                .as("only the token's SHA-256 is stored").containsExactly(ApiTokens.hash(token));
        assertThat(mvc.perform(get("/wachtwoord-vergeten/verstuurd")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(html("account.reset.sent.text"));
    }

    @Test
    void theLinkSetsANewPasswordOnceEndsEverySessionAndLiftsALock() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        UUID id = accounts.idByEmail(email).orElseThrow();
        String session = SessionFixtures.aStoredSessionOf(sessions, email);
        for (int i = 0; i < 9; i++) {
            throttle.failed(email, "192.0.2.1");
        }
        assertThat(throttle.slowedDown(email, "192.0.2.1")).as("slowed down before the reset").isTrue();
        mvc.perform(post("/wachtwoord-vergeten").param("email", email.toUpperCase(Locale.ROOT)).with(csrf())
                .with(fromAnAddress())).andExpect(redirectedUrl("/wachtwoord-vergeten/verstuurd"));
        String token = tokenIn(mailsTo(email).getFirst());
        String link = "/wachtwoord-herstellen/" + token;

        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));

        // A password against the rules: said beside the field, and the link still works.
        String refused = mvc.perform(post(link).with(csrf()).param("newPassword", "qwertyqwerty")
                        .param("repeatPassword", "qwertyqwerty"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains(html("account.password.error.common"), "id=\"newPassword-fout\"");
        assertThat(accounts.passwordMatches(id, Fixtures.PASSWORD)).isTrue();

        mvc.perform(post(link).with(csrf()).param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?reset"));

        assertThat(accounts.passwordMatches(id, NEW_PASSWORD)).isTrue();
        assertThat(SessionFixtures.exists(sessions, session)).as("a session opened before the reset").isFalse();
        assertThat(throttle.slowedDown(email, "192.0.2.1")).as("the slow-down ends with the reset").isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'staff.password.reset' AND object_id = :id")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/login?reset")).andReturn().getResponse().getContentAsString())
                .contains(html("account.reset.done"));
        assertThat(mailsTo(email)).as("the used link is no longer kept in the outbox").singleElement()
                .satisfies(body -> assertThat(body).doesNotContain(token).contains("/wachtwoord-herstellen/\u2026"));

        // Used once: the same link now shows the one "no longer works" page, and changes nothing.
        String again = mvc.perform(post(link).with(csrf()).param("newPassword", "nog een heel ander wachtwoord 4")
                        .param("repeatPassword", "nog een heel ander wachtwoord 4"))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains(html("account.reset.invalid.title"));
        assertThat(accounts.passwordMatches(id, NEW_PASSWORD)).isTrue();
        mvc.perform(get(link)).andExpect(status().isGone());
    }

    @Test
    void anExpiredUnknownOrUsedLinkShowsOneClearPage() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.viewerEmail();
        mvc.perform(post("/wachtwoord-vergeten").param("email", email).with(csrf()).with(fromAnAddress()));
        String token = tokenIn(mailsTo(email).getFirst());
        jdbc.sql("UPDATE password_reset_token SET expires_at = now() - interval '1 second' WHERE token_hash = :h")
                .param("h", ApiTokens.hash(token)).update();

        String expired = mvc.perform(get("/wachtwoord-herstellen/" + token)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/wachtwoord-herstellen/" + "x".repeat(43))).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(expired).contains(html("account.reset.invalid.text")).doesNotContain(token);
        assertThat(unknown).contains(html("account.reset.invalid.text"));
        mvc.perform(post("/wachtwoord-herstellen/" + token).with(csrf()).param("newPassword", NEW_PASSWORD)
                .param("repeatPassword", NEW_PASSWORD)).andExpect(status().isGone());
        assertThat(accounts.passwordMatches(accounts.idByEmail(email).orElseThrow(), Fixtures.PASSWORD)).isTrue();

        resets.maskSpentLinks();
        assertThat(mailsTo(email)).as("the expired link is no longer kept in the outbox").singleElement()
                .satisfies(body -> assertThat(body).doesNotContain(token).contains("/wachtwoord-herstellen/\u2026"));
    }

    @Test
    void aLinkIsValidForThirtyMinutes() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        mvc.perform(post("/wachtwoord-vergeten").param("email", world.viewerEmail()).with(csrf()).with(fromAnAddress()));
        String token = tokenIn(mailsTo(world.viewerEmail()).getFirst());
        assertThat(jdbc.sql("SELECT extract(epoch FROM expires_at - created_at) FROM password_reset_token WHERE token_hash = :h")
                .param("h", ApiTokens.hash(token)).query(Double.class).single()).isEqualTo(30 * 60.0);
    }

    @Test
    void requestsAreLimitedPerAddressAndPerEMail() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        RequestPostProcessor from = fromAnAddress();
        for (int i = 0; i < PasswordResetController.PER_EMAIL + 2; i++) {
            mvc.perform(post("/wachtwoord-vergeten").param("email", world.coordinatorEmail()).with(csrf()).with(from))
                    .andExpect(redirectedUrl("/wachtwoord-vergeten/verstuurd"));
        }
        assertThat(mailsTo(world.coordinatorEmail())).as("links per e-mail address").hasSize(PasswordResetController.PER_EMAIL);

        for (int i = PasswordResetController.PER_EMAIL + 2; i < PasswordResetController.PER_ADDRESS; i++) {
            mvc.perform(post("/wachtwoord-vergeten").param("email", "x" + i + "@example.org").with(csrf()).with(from));
        }
        String page = mvc.perform(post("/wachtwoord-vergeten").param("email", world.viewerEmail()).with(csrf()).with(from))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(html("account.reset.error.tooMany"), "id=\"email-fout\"");
        assertThat(mailsTo(world.viewerEmail())).isEmpty();
    }

    @Test
    void anEmptyOrMalformedAddressIsExplainedBesideTheField() throws Exception {
        for (String[] typed : new String[][] {{"", "account.reset.error.emailRequired"},
                {"geen-adres", "account.reset.error.emailInvalid"}}) {
            String page = mvc.perform(post("/wachtwoord-vergeten").param("email", typed[0]).with(csrf()).with(fromAnAddress()))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(html(typed[1]), "id=\"email-fout\"", "aria-invalid=\"true\"");
        }
    }

    @Test
    void theLoginPageLinksToTheResetPage() throws Exception {
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/wachtwoord-vergeten\"", html("account.reset.link"));
    }

    private List<String> mailsTo(String recipient) {
        return jdbc.sql("SELECT body FROM outbox_mail WHERE lower(recipient) = lower(:r) ORDER BY created_at")
                .param("r", recipient).query(String.class).list();
    }

    private static String tokenIn(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a reset link in the mail: %s", body).isTrue();
        return m.group(1);
    }

    /** Each test asks from its own network address, so the per-address limit is its own. */
    private static RequestPostProcessor fromAnAddress() {
        String address = "10.77." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String html(String key) {
        return SessionFixtures.asHtml(messages.getMessage(key, null, Locale.forLanguageTag("nl")));
    }
}
