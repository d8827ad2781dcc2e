package nl.samenspraak.account.internal;

import nl.samenspraak.account.StaffUser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff session ends at the latest {@code samenspraak.session.absolute-timeout} after login,
 * however busy it is (ASVS 3.3.2); the idle timeout is the session store's own. Either way the
 * next staff page sends the person to the login page with a word of explanation, instead of
 * a bare login form that looks like an error.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** When this session's login was first seen, as epoch milliseconds (kept in the session). */
    static final String LOGGED_IN_AT = "samenspraak.account.loggedInAt";
    static final String EXPIRED_PATH = "/login?expired";

    private final Clock clock;
    private final Duration absoluteTimeout;

    SessionLifetimeFilter(Clock clock, Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof StaffUser) {
            Instant now = clock.instant();
            Object seen = session.getAttribute(LOGGED_IN_AT);
            if (!(seen instanceof Long millis)) {
                // The first request after the login (the login itself runs after this filter).
                session.setAttribute(LOGGED_IN_AT, now.toEpochMilli());
            } else if (!now.isBefore(Instant.ofEpochMilli(millis).plus(absoluteTimeout))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (isStaffPage(request)) {
                    response.sendRedirect(request.getContextPath() + EXPIRED_PATH);
                    return;
                }
            }
        } else if (session == null && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                && isStaffPage(request)) {
            // The browser still has a session that ended: idle too long, or ended by a password or role change.
            response.sendRedirect(request.getContextPath() + EXPIRED_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaffPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/beheer") || path.startsWith("/beheer/") || path.equals("/admin") || path.startsWith("/admin/");
    }
}
