package nl.samenspraak.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Marks the session's login as having passed the second factor. */
final class SecondFactorSession {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SecondFactorSession() {}

    /**
     * Adds the factor authority and gives the session a new id: whoever learnt the id before the
     * second step (a fixation attack) does not get the now fully logged-in session.
     */
    static void markPassed(HttpServletRequest request, HttpServletResponse response, Authentication current,
                           GrantedAuthority factor) {
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(factor);
        UsernamePasswordAuthenticationToken upgraded =
                UsernamePasswordAuthenticationToken.authenticated(current.getPrincipal(), null, authorities);
        upgraded.setDetails(current.getDetails());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        request.getSession().removeAttribute(SecondFactorFilter.NOT_NEEDED);
    }
}
