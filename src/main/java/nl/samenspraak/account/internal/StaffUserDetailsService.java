package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffAccounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a staff account by e-mail address; the slow-down is {@link StaffAuthenticationProvider}'s business. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            throw new UsernameNotFoundException("unknown");
        }
        return accounts.loadForLogin(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
