package nl.samenspraak;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for static test helpers that have no Spring context at hand: the app's default
 * {@link Clock} bean (platform's TimeConfiguration: the system clock on the Dutch calendar),
 * never the JVM's default time zone. Tests with a context use the injected clock instead
 * ({@link IntegrationTest#today()}, {@code LocalDate.now(clock)}).
 */
public final class TestClock {

    private static final Clock DUTCH = Clock.system(ZoneId.of("Europe/Amsterdam"));

    private TestClock() {
    }

    /** The same clock as the app's default Clock bean. */
    public static Clock dutch() {
        return DUTCH;
    }

    /** Today on the Dutch calendar, whatever the JVM's time zone. */
    public static LocalDate today() {
        return LocalDate.now(DUTCH);
    }
}
