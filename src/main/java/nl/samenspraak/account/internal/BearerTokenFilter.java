package nl.samenspraak.account.internal;

import nl.samenspraak.account.ApiTokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            if (!token.isEmpty() && token.length() < 200) {
                tokens.resolve(token).ifPresent(resolved -> {
                    // Only a read-and-write token carries the authority every non-GET request needs.
                    var authorities = resolved.scope() == ApiTokens.Scope.READ_WRITE
                            ? List.of(new SimpleGrantedAuthority("ROLE_API"), new SimpleGrantedAuthority(ApiTokens.WRITE_AUTHORITY))
                            : List.of(new SimpleGrantedAuthority("ROLE_API"));
                    var authentication = new UsernamePasswordAuthenticationToken(resolved.access(), null, authorities);
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                });
            }
        }
        chain.doFilter(request, response);
    }
}
