package nl.samenspraak.account;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

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
        // A slowed-down account is refused before the password is even checked.
        accounts.lockedUntil(email)
                .filter(until -> until.isAfter(accounts.clock().instant()))
                .ifPresent(until -> {
                    throw new LockedException("locked");
                });
        return accounts.loadForLogin(email).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
