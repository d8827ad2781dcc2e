package nl.samenspraak.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password attempts per client network (an IPv4 address or an IPv6 /64), on top of
 * the per-account slow-down, so that trying many e-mail addresses is slowed down too.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    static final int ATTEMPTS_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** The password step, the code step and the API token: every place where a secret is guessed. */
    static final Set<String> LOGIN_PATHS = Set.of("/login", SecondFactorFilter.CODE_PATH, "/api/v1/tokens");

    private final RateLimiter limiter;

    LoginRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equalsIgnoreCase(request.getMethod()) || !LOGIN_PATHS.contains(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.tryAcquire("login:" + ClientNetwork.key(request), ATTEMPTS_PER_WINDOW, WINDOW)) {
            chain.doFilter(request, response);
        } else if (path(request).startsWith("/api/")) {
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts. Try again in a few minutes.");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        }
    }

    /**
     * The path the application acts on, not the raw URI: the servlet container has already
     * decoded it ({@code /%6Cogin} is {@code /login}) and dropped path parameters
     * ({@code /login;x=1}), and the login filter matches on that decoded form, so this
     * limit must too. Doubled and trailing slashes are folded for the same reason.
     */
    static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
