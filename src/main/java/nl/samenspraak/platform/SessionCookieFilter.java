package nl.samenspraak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops a session cookie that cannot name a session before Spring Session looks it up. Its value
 * is the session id in Base64; a forged one decodes to any bytes, and a NUL among them made
 * PostgreSQL refuse the lookup, so a stranger's cookie answered every page with a server error.
 * Such a request simply has no session, as if the cookie had expired.
 */
class SessionCookieFilter extends OncePerRequestFilter {

    static final String COOKIE = "SESSION";
    /** Spring Session's own ids are UUIDs. */
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || Arrays.stream(cookies).allMatch(SessionCookieFilter::acceptable)) {
            chain.doFilter(request, response);
            return;
        }
        Cookie[] kept = Arrays.stream(cookies).filter(SessionCookieFilter::acceptable).toArray(Cookie[]::new);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Cookie[] getCookies() {
                return kept.clone();
            }
        }, response);
    }

    static boolean acceptable(Cookie cookie) {
        if (!COOKIE.equals(cookie.getName())) {
            return true;
        }
        String value = cookie.getValue();
        if (value == null || value.length() > 64) {
            return false;
        }
        try {
            return SESSION_ID.matcher(new String(Base64.getDecoder().decode(value), StandardCharsets.ISO_8859_1)).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SessionCookieFilter> sessionCookieFilterRegistration() {
            FilterRegistrationBean<SessionCookieFilter> registration = new FilterRegistrationBean<>(new SessionCookieFilter());
            // Before Spring Session's SessionRepositoryFilter (Integer.MIN_VALUE + 50), which reads the cookie.
            registration.setOrder(Integer.MIN_VALUE + 40);
            return registration;
        }
    }
}
