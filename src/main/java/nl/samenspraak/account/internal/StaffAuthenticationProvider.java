package nl.samenspraak.account.internal;

import nl.samenspraak.platform.ClientNetwork;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The password check of the login page and of {@code POST /api/v1/tokens}, with the
 * slow-down of {@link LoginThrottle}. Every attempt takes the same steps whether the
 * account exists, the password is wrong, or the account is slowed down: one look at the
 * slow-down, then a full password hash check (Spring's provider hashes against a dummy for
 * unknown accounts), and only then the refusal. A slowed-down account is refused even with
 * the right password, as a {@link LockedException}, which callers answer exactly like a
 * wrong password; it is a separate exception only so that it is not counted as a further
 * failure and the audit trail can tell the difference.
 * <p>
 * Being the one {@code AuthenticationProvider} bean, it is the global authentication
 * manager's provider (Spring Security logs at startup that the UserDetailsService bean is
 * then not used on its own: intended). {@code api.TokenController} uses the same bean.
 */
@Component
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        boolean slowedDown = throttle.slowedDown(String.valueOf(attempt.getName()), network(attempt));
        Authentication result = super.authenticate(attempt);
        if (slowedDown) {
            throw new LockedException("slowed down");
        }
        return result;
    }

    /** The client network of an attempt, from the details the login filter (or the token endpoint) attached. */
    static String network(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details
                ? ClientNetwork.of(details.getRemoteAddress()) : "unknown";
    }
}
