package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing a password gets slow for the guesser, the login page never tells whether an
 * account exists, and a stranger cannot lock the owner out for long.
 */
class LoginSlowDownTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;

    @Test
    void refusesEvenTheRightPasswordFromTheGuessersNetworkWithTheAnswerOfAWrongPassword() throws Exception {
        String email = anAccount();
        RequestPostProcessor guesser = AdminFixtures.fromOwnAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_NETWORK; i++) {
            expectLogin(email, "fout wachtwoord " + i, guesser, "/login?error");
        }

        expectLogin(email, Fixtures.PASSWORD, guesser, "/login?error");
        assertThat(mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString())
                .contains("Het e-mailadres of het wachtwoord klopt niet.");

        // Instead of waiting: the wait is a time in the database, so move it into the past.
        jdbc.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE account_key = :k")
                .param("k", LoginThrottle.key(email)).update();
        expectLogin(email, Fixtures.PASSWORD, guesser, "/beheer");
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE account_key = :k AND network <> '*'")
                .param("k", LoginThrottle.key(email)).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownAccountAWrongPasswordAndASlowedDownAccountGetTheSameAnswer() throws Exception {
        String email = anAccount();
        String unknown = "niemand-" + AdminFixtures.unique() + "@gemeente.example";
        RequestPostProcessor from = AdminFixtures.fromOwnAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_NETWORK; i++) {
            expectLogin(email, "fout " + i, from, "/login?error");
            expectLogin(unknown, "fout " + i, from, "/login?error");
        }
        // Now the account is slowed down, and the unknown address is counted the same way.
        expectLogin(email, Fixtures.PASSWORD, from, "/login?error");
        expectLogin(unknown, Fixtures.PASSWORD, from, "/login?error");
        assertThat(jdbc.sql("SELECT count(*) FROM login_throttle WHERE account_key IN (:k) AND locked_until > now()")
                .param("k", List.of(LoginThrottle.key(email), LoginThrottle.key(unknown))).query(Long.class).single())
                .as("the per-network counts of both").isEqualTo(2);
    }

    @Test
    void aStrangersGuessingDoesNotStopTheOwnerOnTheirOwnNetwork() throws Exception {
        String email = anAccount();
        RequestPostProcessor stranger = AdminFixtures.fromOwnAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_NETWORK + 3; i++) {
            expectLogin(email, "gok " + i, stranger, "/login?error");
        }

        expectLogin(email, Fixtures.PASSWORD, AdminFixtures.fromOwnAddress(), "/beheer");
    }

    @Test
    void guessingFromManyNetworksSlowsEveryoneDownButForOneMinuteAtMost() throws Exception {
        String email = anAccount();
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT + 5; i++) {
            // Each guess from a new network: none of them reaches the per-network limit.
            expectLogin(email, "gok " + i, AdminFixtures.fromOwnAddress(), "/login?error");
        }
        expectLogin(email, Fixtures.PASSWORD, AdminFixtures.fromOwnAddress(), "/login?error");

        var waits = jdbc.sql("""
                SELECT extract(epoch FROM locked_until - last_failure) FROM login_throttle
                WHERE account_key = :k AND network = '*'
                """).param("k", LoginThrottle.key(email)).query(Double.class).single();
        assertThat(waits).isLessThanOrEqualTo(LoginThrottle.MAX_WAIT_PER_ACCOUNT.toSeconds());

        jdbc.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE account_key = :k AND network = '*'")
                .param("k", LoginThrottle.key(email)).update();
        expectLogin(email, Fixtures.PASSWORD, AdminFixtures.fromOwnAddress(), "/beheer");
    }

    @Test
    void theWaitGrowsWithEveryFurtherWrongPasswordFromThatNetwork() throws Exception {
        String email = anAccount();
        RequestPostProcessor guesser = AdminFixtures.fromOwnAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_NETWORK; i++) {
            expectLogin(email, "fout wachtwoord " + i, guesser, "/login?error");
        }
        var first = lockedUntil(email);
        jdbc.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE account_key = :k")
                .param("k", LoginThrottle.key(email)).update();

        expectLogin(email, "nog steeds fout", guesser, "/login?error");

        assertThat(lockedUntil(email)).isAfter(first.plusSeconds(20));
    }

    @Test
    void aPasswordResetClearsTheSlowDown() throws Exception {
        String email = anAccount();
        RequestPostProcessor from = AdminFixtures.fromOwnAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_NETWORK; i++) {
            expectLogin(email, "fout " + i, from, "/login?error");
        }
        expectLogin(email, Fixtures.PASSWORD, from, "/login?error");

        throttle.forget(email);

        expectLogin(email, Fixtures.PASSWORD, from, "/beheer");
    }

    @Test
    void loginsFailedLoginsAndLogoutsAreAuditedWithoutTheAddressOfAnUnknownAccount() throws Exception {
        String email = anAccount();
        String unknown = "inwoner-" + AdminFixtures.unique() + "@thuis.example";
        RequestPostProcessor from = AdminFixtures.fromOwnAddress();

        expectLogin(email, "fout", from, "/login?error");
        expectLogin(unknown, "fout", from, "/login?error");
        var session = (MockHttpSession) mvc.perform(post("/login").param("email", email).param("password", Fixtures.PASSWORD)
                        .with(csrf()).with(from))
                .andExpect(redirectedUrl("/beheer")).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()).with(from)).andExpect(redirectedUrl("/login?loggedOut"));

        assertThat(jdbc.sql("SELECT action || ' ' || result FROM audit_entry WHERE actor = :a ORDER BY id")
                .param("a", email).query(String.class).list())
                .containsSubsequence("login.failure wrong-password, network " + networkOf(from),
                        "login.success network " + networkOf(from), "logout ok");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :a AND result LIKE 'unknown-account%'")
                .param("a", "unknown:" + LoginThrottle.key(unknown).substring(0, 12)).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE concat_ws(' ', actor, object_id, result) ILIKE :u")
                .param("u", "%" + unknown + "%").query(Long.class).single()).as("the typed unknown address").isZero();
    }

    private String anAccount() {
        String email = "raden-" + AdminFixtures.unique() + "@gemeente.example";
        accounts.create(email, "Geraden", Fixtures.PASSWORD, false, "test");
        return email;
    }

    private static String networkOf(RequestPostProcessor from) {
        return from.postProcessRequest(new org.springframework.mock.web.MockHttpServletRequest()).getRemoteAddr();
    }

    private java.time.Instant lockedUntil(String email) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE account_key = :k AND network <> '*'")
                .param("k", LoginThrottle.key(email))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private void expectLogin(String email, String password, RequestPostProcessor from, String expectedRedirect) throws Exception {
        mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(from))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(expectedRedirect));
    }
}
