package nl.samenspraak.account.internal;

import nl.samenspraak.AdminFixtures;
import nl.samenspraak.account.StaffAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The first administrator's password from the environment meets the same rules as any chosen password. */
class AdminBootstrapTest extends IntegrationTest {

    @Autowired StaffAccounts accounts;
    @Autowired PasswordPolicy policy;
    @Autowired MessageSource messages;

    @Test
    void refusesToStartWithACommonPasswordAndNamesTheRule() {
        String email = "beheer-" + AdminFixtures.unique() + "@gemeente.example";
        assertThatThrownBy(() -> bootstrap(email, "password1234").run(null))
                .isInstanceOf(AdminBootstrap.WeakAdminPasswordException.class)
                .hasMessageContaining("SAMENSPRAAK_ADMIN_PASSWORD")
                .hasMessageContaining("list of commonly used and leaked passwords");
        assertThat(accounts.idByEmail(email)).isEmpty();
    }

    @Test
    void refusesTooShortOrPersonalOrGuessablePasswords() {
        String email = "beheer-" + AdminFixtures.unique() + "@gemeente.example";
        assertThatThrownBy(() -> bootstrap(email, "kort").run(null)).hasMessageContaining("too short");
        assertThatThrownBy(() -> bootstrap(email, email).run(null)).hasMessageContaining("e-mail address");
        assertThatThrownBy(() -> bootstrap(email, "aaaaaaaaaaaaaaaa").run(null))
                .hasMessageMatching("(?s).*(too easy to guess|commonly used).*");
        assertThat(accounts.idByEmail(email)).isEmpty();
    }

    @Test
    void createsTheAdministratorWithAStrongPassword() {
        String email = "beheer-" + AdminFixtures.unique() + "@gemeente.example";
        bootstrap(email, StaffInvitationTest.OWN_PASSWORD).run(null);
        var id = accounts.idByEmail(email).orElseThrow();
        assertThat(accounts.passwordMatches(id, StaffInvitationTest.OWN_PASSWORD)).isTrue();
    }

    private AdminBootstrap bootstrap(String email, String password) {
        return new AdminBootstrap(accounts, policy, messages, email, password);
    }
}
