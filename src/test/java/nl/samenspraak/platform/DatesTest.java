package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One Dutch way to write dates, times and durations: words, Dutch local time, never UTC or ISO. */
class DatesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final Dates dates = new Dates(messages());

    @Test
    void aDateInWordsInTheReadersLanguage() {
        LocalDate day = LocalDate.of(2026, 3, 3);
        assertThat(dates.date(day, DUTCH)).isEqualTo("3 maart 2026");
        assertThat(dates.date(day, Locale.ENGLISH)).isEqualTo("3 March 2026");
        assertThat(dates.weekdayDate(day, DUTCH)).isEqualTo("dinsdag 3 maart 2026");
        assertThat(dates.date(null, DUTCH)).isEmpty();
    }

    @Test
    void aMomentIsShownOnTheDutchClockWhateverZoneItWasStoredIn() {
        Instant winter = Instant.parse("2026-03-03T13:05:00Z");
        assertThat(dates.dateTime(winter, DUTCH)).isEqualTo("3 maart 2026 om 14:05");
        assertThat(dates.dateTime(winter, Locale.ENGLISH)).isEqualTo("3 March 2026 at 14:05");
        Instant summer = Instant.parse("2026-07-01T22:30:00Z");
        assertThat(dates.dateTime(summer, DUTCH)).as("summer time, and already the next day").isEqualTo("2 juli 2026 om 00:30");
        assertThat(dates.dateTime(OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC), DUTCH))
                .isEqualTo("2 juli 2026 om 00:30");
        assertThat(dates.dateTime(LocalDateTime.of(2026, 3, 3, 9, 0), DUTCH)).isEqualTo("3 maart 2026 om 09:00");
        assertThat(dates.time(winter)).isEqualTo("14:05");
        assertThat(dates.dateTime(winter, DUTCH)).doesNotContain("Z").doesNotContain("T13");
    }

    @Test
    void durationsCountInTheRightForm() {
        assertThat(dates.days(1, DUTCH)).isEqualTo("1 dag");
        assertThat(dates.days(3, DUTCH)).isEqualTo("3 dagen");
        assertThat(dates.days(1, Locale.ENGLISH)).isEqualTo("1 day");
        assertThat(dates.duration(Duration.ofDays(14), DUTCH)).isEqualTo("14 dagen");
        assertThat(dates.duration(Duration.ofHours(1), DUTCH)).isEqualTo("1 uur");
        assertThat(dates.duration(Duration.ofHours(2), Locale.ENGLISH)).isEqualTo("2 hours");
        assertThat(dates.duration(Duration.ofMinutes(1), DUTCH)).isEqualTo("1 minuut");
        assertThat(dates.duration(Duration.ofMinutes(30), DUTCH)).isEqualTo("30 minuten");
    }

    private static IcuMessageSource messages() {
        var source = new IcuMessageSource();
        source.setBasenames("i18n/platform");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
