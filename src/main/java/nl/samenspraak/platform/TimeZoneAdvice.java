package nl.samenspraak.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page gets {@code zone}, the zone of the app's clock, so a template shows a moment
 * ({@code instant.atZone(zone)}) in Dutch time, not in whatever zone the server runs in.
 */
@ControllerAdvice
class TimeZoneAdvice {

    private final Clock clock;

    TimeZoneAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}
