package nl.samenspraak.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password attempts per network address, on top of the per-account slow-down,
 * so that trying many e-mail addresses is slowed down too.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

    static final int ATTEMPTS_PER_WINDOW = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final RateLimiter limiter;

    LoginRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/api/v1/tokens"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limiter.tryAcquire("login:" + request.getRemoteAddr(), ATTEMPTS_PER_WINDOW, WINDOW)) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().endsWith("/api/v1/tokens")) {
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts. Try again in a few minutes.");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        }
    }
}
