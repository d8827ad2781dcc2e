package nl.samenspraak.account.internal;

import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffUser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in staff member out of the staff pages until the second factor is done: a
 * person with an authenticator app goes to the code page, an administrator or coordinator
 * without one goes to enrolment (and can do nothing else but log out). Fails closed: any
 * authentication without the factor authority is checked against the database, whoever made it.
 */
class SecondFactorFilter extends OncePerRequestFilter {

    static final String CODE_PATH = "/login/code";
    static final String ENROL_PATH = "/beheer/account/tweede-stap";
    /** Session attribute: the staff id of a person who needs no second factor, so the check runs once per session. */
    static final String NOT_NEEDED = SecondFactorFilter.class.getName() + ".notNeeded";
    /** Session attribute: the staff page a person asked for before the code page, to go on to afterwards. */
    static final String TARGET = SecondFactorFilter.class.getName() + ".target";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private final RequestMatcher staffPages = new OrRequestMatcher(PATHS.matcher("/beheer/**"), PATHS.matcher("/admin/**"));
    private final RequestMatcher enrolment = PATHS.matcher(ENROL_PATH);
    private final SecondFactor factor;

    SecondFactorFilter(SecondFactor factor) {
        this.factor = factor;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !staffPages.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof StaffUser user)
                || SecondFactor.passed(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && user.id().toString().equals(session.getAttribute(NOT_NEEDED))) {
            chain.doFilter(request, response);
            return;
        }
        SecondFactor.State state = factor.stateOf(user.id());
        if (state.enrolled()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession().setAttribute(TARGET, pathOf(request) + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(request.getContextPath() + CODE_PATH);
        } else if (state.required()) {
            if (enrolment.matches(request)) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + ENROL_PATH);
            }
        } else {
            request.getSession().setAttribute(NOT_NEEDED, user.id().toString());
            chain.doFilter(request, response);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
