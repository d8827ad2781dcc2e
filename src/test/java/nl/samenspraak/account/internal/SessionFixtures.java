package nl.samenspraak.account.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/** Real sessions in the session store (as other browsers of the same person would have), and a logged-in MockMvc session. */
final class SessionFixtures {

    private SessionFixtures() {}

    /** A session of this staff member in the JDBC session store, as a login in another browser leaves behind. */
    /** The store seen through its public interface (its session class is package-private). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static FindByIndexNameSessionRepository<Session> store(JdbcIndexedSessionRepository sessions) {
        return (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository) sessions;
    }

    static String aStoredSessionOf(JdbcIndexedSessionRepository sessions, String email) {
        var store = store(sessions);
        Session session = store.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
        store.save(session);
        return session.getId();
    }

    static Set<String> storedSessionsOf(JdbcIndexedSessionRepository sessions, String email) {
        return sessions.findByPrincipalName(email).keySet();
    }

    static boolean exists(JdbcIndexedSessionRepository sessions, String id) {
        Session found = sessions.findById(id);
        return found != null;
    }

    /** A MockMvc session logged in as this staff member, with the given id. */
    static MockHttpSession aLoggedInSession(UserDetailsService users, String email, String id) {
        var user = users.loadUserByUsername(email);
        var session = new MockHttpSession(null, id == null ? UUID.randomUUID().toString() : id);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        return session;
    }

    /** Text as Thymeleaf's th:text writes it into a page. */
    static String asHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
