package nl.samenspraak.account.internal;

import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Starts the absolute session lifetime at each login. Logging in again in a browser that
 * still had a session keeps that session's attributes (only its id changes), so without this
 * the new login would inherit the old one's clock.
 */
@Component
class LoginTimeRecorder {

    private final Clock clock;

    LoginTimeRecorder(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(SessionLifetimeFilter.LOGGED_IN_AT, clock.instant().toEpochMilli());
            }
        }
    }
}
