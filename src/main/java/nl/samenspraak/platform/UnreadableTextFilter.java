package nl.samenspraak.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query or form whose bytes are not UTF-8. The server reads such bytes as the
 * replacement character U+FFFD and would otherwise store "����" as somebody's input; no browser
 * sends them from our pages, so the request is answered with 400 and the error page says that
 * nothing was stored. Multipart bodies are left to the upload checks, which read them first.
 */
class UnreadableTextFilter extends OncePerRequestFilter {

    private static final char REPLACEMENT = '\uFFFD';

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!multipart && unreadable(request.getParameterMap())) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean unreadable(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            if (p.getKey().indexOf(REPLACEMENT) >= 0) {
                return true;
            }
            for (String value : p.getValue()) {
                if (value != null && value.indexOf(REPLACEMENT) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UnreadableTextFilter> unreadableTextFilterRegistration() {
            FilterRegistrationBean<UnreadableTextFilter> registration = new FilterRegistrationBean<>(new UnreadableTextFilter());
            // After the character encoding filter (which makes the server read UTF-8), before Spring Security.
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
            return registration;
        }
    }
}
