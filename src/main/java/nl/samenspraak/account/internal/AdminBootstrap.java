package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffAccounts;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform administrator on first start from SAMENSPRAAK_ADMIN_EMAIL and
 * SAMENSPRAAK_ADMIN_PASSWORD. There is no default administrator.
 *
 * <p>The password must pass the same {@link PasswordPolicy} as one a person chooses, or the
 * app does not start. It is checked on every start, not only the first: the account may still
 * have that password, and a weak one set in the environment is worth stopping for.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    /** The operator reads the reason in the log in English, whatever the server's locale. */
    static final class WeakAdminPasswordException extends IllegalStateException {
        WeakAdminPasswordException(String rule) {
            super("SAMENSPRAAK_ADMIN_PASSWORD is not accepted: " + rule
                    + " Choose another password (a passphrase of several unusual words works well); the app does not start until then.");
        }
    }

    private final StaffAccounts accounts;
    private final PasswordPolicy policy;
    private final MessageSource messages;
    private final String email;
    private final String password;

    AdminBootstrap(StaffAccounts accounts, PasswordPolicy policy, MessageSource messages,
                   @Value("${samenspraak.admin.email:}") String email,
                   @Value("${samenspraak.admin.password:}") String password) {
        this.accounts = accounts;
        this.policy = policy;
        this.messages = messages;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            if (!accounts.anyPlatformAdmin()) {
                log.info("No platform administrator: set SAMENSPRAAK_ADMIN_EMAIL and SAMENSPRAAK_ADMIN_PASSWORD to create one.");
            }
            return;
        }
        checkPassword();
        if (accounts.idByEmail(email).isPresent()) {
            return;
        }
        accounts.create(email, "Beheerder", password, true, "system");
        log.info("Platform administrator {} created.", email);
    }

    /**
     * The policy with the e-mail address, which is the administrator's own; without a name,
     * as "Beheerder" is not one the person chose.
     */
    void checkPassword() {
        policy.check(password, email, null).ifPresent(rule -> {
            throw new WeakAdminPasswordException(messages.getMessage(rule, null, Locale.ENGLISH));
        });
    }
}
