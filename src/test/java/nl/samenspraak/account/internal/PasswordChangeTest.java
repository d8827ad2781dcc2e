package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** A staff member changes their own password; other sessions end, this one gets a new id. */
class PasswordChangeTest extends IntegrationTest {

    static final String NEW_PASSWORD = "paarse lampjes langs de kade 93";

    @Autowired Fixtures fixtures;
    @Autowired StaffAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;
    @Autowired JdbcIndexedSessionRepository sessions;

    @Test
    void changesThePasswordAuditsItAndEndsEveryOtherSession() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        UUID id = accounts.idByEmail(email).orElseThrow();
        String here = SessionFixtures.aStoredSessionOf(sessions, email);
        String elsewhere = SessionFixtures.aStoredSessionOf(sessions, email);
        String someoneElse = SessionFixtures.aStoredSessionOf(sessions, world.coordinatorEmail());
        MockHttpSession session = SessionFixtures.aLoggedInSession(users, email, here);

        mvc.perform(post("/beheer/account/wachtwoord").session(session).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/beheer/account/wachtwoord"));

        assertThat(accounts.passwordMatches(id, NEW_PASSWORD)).isTrue();
        assertThat(accounts.passwordMatches(id, Fixtures.PASSWORD)).isFalse();
        assertThat(SessionFixtures.exists(sessions, elsewhere)).as("the session in another browser").isFalse();
        assertThat(SessionFixtures.exists(sessions, here)).as("this browser's own session").isTrue();
        assertThat(SessionFixtures.exists(sessions, someoneElse)).as("another person's session").isTrue();
        assertThat(session.getId()).as("this session continues under a new id").isNotEqualTo(here);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'staff.password.change' AND object_id = :id AND actor = :a")
                .param("id", id.toString()).param("a", email).query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/beheer/account/wachtwoord").with(as(email)).flashAttr("changed", true))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(messages.getMessage("account.password.changed", null, Locale.forLanguageTag("nl")));
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBesideTheFieldAndChangesNothing() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        String elsewhere = SessionFixtures.aStoredSessionOf(sessions, email);

        String page = mvc.perform(post("/beheer/account/wachtwoord").with(as(email)).with(csrf())
                        .param("currentPassword", "not my password at all")
                        .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(text("account.password.error.currentWrong", "nl"), "id=\"currentPassword-fout\"",
                        "href=\"#currentPassword\"", "aria-invalid=\"true\"")
                .doesNotContain(NEW_PASSWORD).doesNotContain("not my password at all");
        UUID id = accounts.idByEmail(email).orElseThrow();
        assertThat(accounts.passwordMatches(id, Fixtures.PASSWORD)).isTrue();
        assertThat(SessionFixtures.exists(sessions, elsewhere)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'staff.password.change' AND object_id = :id")
                .param("id", id.toString()).query(Long.class).single()).isZero();
    }

    @ParameterizedTest(name = "{0} is refused with {2}")
    @CsvSource(delimiter = '|', value = {
            "short             | short1234ab      | account.password.error.tooShort",
            "common            | qwertyqwerty     | account.password.error.common",
            "common, any case  | 1QAZ2WSX3EDC     | account.password.error.common",
            "a variation       | P@ssw0rd2026!    | account.password.error.guessable",
            "the e-mail        | {email}          | account.password.error.personal",
            "empty             | ''               | account.password.error.newRequired"})
    void aNewPasswordThatBreaksARuleIsRefusedInDutchAndEnglish(String what, String password, String key) throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.professionalEmail();
        String typed = password.replace("{email}", email);
        for (String language : new String[] {"nl", "en"}) {
            String page = mvc.perform(post("/beheer/account/wachtwoord").with(as(email)).with(csrf())
                            .param("lang", language)
                            .param("currentPassword", Fixtures.PASSWORD)
                            .param("newPassword", typed).param("repeatPassword", typed))
                    .andExpect(status().isUnprocessableContent())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains(text(key, language), "id=\"newPassword-fout\"",
                    "aria-describedby=\"newPassword-hint newPassword-fout\"");
        }
        assertThat(accounts.passwordMatches(accounts.idByEmail(email).orElseThrow(), Fixtures.PASSWORD)).isTrue();
    }

    @Test
    void twoDifferentNewPasswordsAreRefused() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String page = mvc.perform(post("/beheer/account/wachtwoord").with(as(world.professionalEmail())).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("repeatPassword", NEW_PASSWORD + "!"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(text("account.password.error.mismatch", "nl"), "id=\"repeatPassword-fout\"");
        assertThat(accounts.passwordMatches(accounts.idByEmail(world.professionalEmail()).orElseThrow(), NEW_PASSWORD))
                .isFalse();
    }

    @Test
    void theNameIsRefusedAsAPasswordWhateverItsSpacesAndCase() {
        var policy = new PasswordPolicy();
        assertThat(policy.check("Coordinator Jan Jansen", "jan@example.org", "coordinator jan jansen"))
                .contains("account.password.error.personal");
        assertThat(policy.check("jan.jansen.work", "jan.jansen.work@example.org", "Jan"))
                .contains("account.password.error.personal");
        assertThat(policy.check(NEW_PASSWORD, "jan@example.org", "Jan Jansen")).isEmpty();
    }

    @Test
    void guessingTheCurrentPasswordThroughAnOpenSessionIsSlowedDown() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String email = world.viewerEmail();
        for (int i = 0; i < PasswordChangeController.ATTEMPTS_PER_WINDOW; i++) {
            mvc.perform(post("/beheer/account/wachtwoord").with(as(email)).with(csrf())
                    .param("currentPassword", "guess " + i).param("newPassword", NEW_PASSWORD)
                    .param("repeatPassword", NEW_PASSWORD)).andExpect(status().isUnprocessableContent());
        }
        String page = mvc.perform(post("/beheer/account/wachtwoord").with(as(email)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("repeatPassword", NEW_PASSWORD))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(text("account.password.error.tooManyAttempts", "nl"));
        assertThat(accounts.passwordMatches(accounts.idByEmail(email).orElseThrow(), Fixtures.PASSWORD)).isTrue();
    }

    private String text(String key, String language) {
        return SessionFixtures.asHtml(messages.getMessage(key, null, Locale.forLanguageTag(language)));
    }
}
