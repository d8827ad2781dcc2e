package nl.samenspraak.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class LoginSlowDownTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor address;

    @BeforeEach
    void setUp() {
        address = AdminFixtures.fromOwnAddress();
    }

    @Test
    void refusesEvenTheRightPasswordAfterFiveWrongOnesUntilTheWaitIsOver() throws Exception {
        String email = "raden-" + AdminFixtures.unique() + "@gemeente.example";
        accounts.create(email, "Geraden", Fixtures.PASSWORD, false, "test");

        for (int i = 0; i < StaffAccounts.FREE_ATTEMPTS; i++) {
            login(email, "fout wachtwoord " + i, "/login?error");
        }
        login(email, Fixtures.PASSWORD, "/login?locked");
        assertThat(mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString())
                .contains("U heeft te vaak een verkeerd wachtwoord gebruikt.");

        // Instead of waiting: the lock is a time in the database, so move it into the past.
        jdbc.sql("UPDATE staff_account SET locked_until = now() - interval '1 second' WHERE email = :e")
                .param("e", email).update();
        login(email, Fixtures.PASSWORD, "/beheer");
        assertThat(jdbc.sql("SELECT failed_logins FROM staff_account WHERE email = :e").param("e", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void lockGrowsWithEveryFurtherWrongPassword() throws Exception {
        String email = "raden-" + AdminFixtures.unique() + "@gemeente.example";
        accounts.create(email, "Geraden", Fixtures.PASSWORD, false, "test");
        for (int i = 0; i < StaffAccounts.FREE_ATTEMPTS; i++) {
            login(email, "fout wachtwoord " + i, "/login?error");
        }
        var first = lockedUntil(email);
        jdbc.sql("UPDATE staff_account SET locked_until = now() - interval '1 second' WHERE email = :e")
                .param("e", email).update();

        login(email, "nog steeds fout", "/login?error");

        assertThat(lockedUntil(email)).isAfter(first.plusSeconds(20));
    }

    private java.time.Instant lockedUntil(String email) {
        return jdbc.sql("SELECT locked_until FROM staff_account WHERE email = :e").param("e", email)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private void login(String email, String password, String expectedRedirect) throws Exception {
        mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(address))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(expectedRedirect));
    }
}
