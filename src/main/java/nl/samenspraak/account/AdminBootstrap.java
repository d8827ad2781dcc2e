package nl.samenspraak.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the platform administrator on first start from SAMENSPRAAK_ADMIN_EMAIL and
 * SAMENSPRAAK_ADMIN_PASSWORD. There is no default administrator.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final StaffAccounts accounts;
    private final String email;
    private final String password;

    AdminBootstrap(StaffAccounts accounts, @Value("${samenspraak.admin.email:}") String email,
                   @Value("${samenspraak.admin.password:}") String password) {
        this.accounts = accounts;
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
        if (accounts.idByEmail(email).isPresent()) {
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            log.error("SAMENSPRAAK_ADMIN_PASSWORD must have at least {} characters; no administrator created.", MIN_PASSWORD_LENGTH);
            return;
        }
        accounts.create(email, "Beheerder", password, true, "system");
        log.info("Platform administrator {} created.", email);
    }
}
