package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;

import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins so that guessing a password gets slower, and writes every login,
 * failed login and logout to the audit trail (platform-wide entries, seen by platform
 * administrators). A failed attempt on an address without an account is recorded under a
 * short hash of that address, never the address itself: someone may have typed a
 * resident's e-mail address, and the trail must not hold residents' contact details.
 */
@Component
class LoginEvents {

    static final String LOGIN_SUCCESS = "login.success";
    static final String LOGIN_FAILURE = "login.failure";
    static final String LOGOUT = "logout";

    private final StaffAccounts accounts;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    LoginEvents(StaffAccounts accounts, LoginThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getName());
        String network = StaffAuthenticationProvider.network(event.getAuthentication());
        throttle.failed(email, network);
        recordFailure(email, network, "wrong-password");
    }

    @EventListener
    void onSlowedDown(AuthenticationFailureLockedEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()),
                StaffAuthenticationProvider.network(event.getAuthentication()), "slowed-down");
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffUser user) {
            String network = StaffAuthenticationProvider.network(event.getAuthentication());
            throttle.succeeded(user.email(), network);
            audit.record(null, user.email(), LOGIN_SUCCESS, "staff_account", user.id(), "network " + network);
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof StaffUser user) {
            audit.record(null, user.email(), LOGOUT, "staff_account", user.id(), "ok");
        }
    }

    private void recordFailure(String email, String network, String what) {
        Optional<UUID> account = email.isBlank() || email.length() > 320 ? Optional.empty() : accounts.idByEmail(email);
        String actor = account.isPresent() ? email.strip() : "unknown:" + LoginThrottle.key(email).substring(0, 12);
        audit.record(null, actor, LOGIN_FAILURE, "staff_account", account.orElse(null),
                (account.isPresent() ? what : "unknown-account") + ", network " + network);
    }
}
