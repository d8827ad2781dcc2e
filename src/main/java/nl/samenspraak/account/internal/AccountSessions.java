package nl.samenspraak.account.internal;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a staff member's sessions (kept in PostgreSQL by Spring Session JDBC, so this works
 * across every node): after a password change or reset, and when their role changes, so
 * that whoever else holds one of those sessions is out at once (ASVS 3.3.3, 3.3.4).
 */
@Component
public class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account; returns how many there were. */
    public int endAll(String email) {
        return endAllExcept(email, null);
    }

    /** Ends every session of the account but the one with id {@code keep} (the person's own, or null). */
    int endAllExcept(String email, String keep) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(email);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
