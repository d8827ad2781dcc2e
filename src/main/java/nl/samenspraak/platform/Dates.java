package nl.samenspraak.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one way dates, times and durations are written for people: "3 maart 2026", "dinsdag 3 maart 2026",
 * "3 maart 2026 om 14:05" (Dutch local time, whatever zone a moment was stored in), "1 dag", "3 dagen".
 * Templates use the bean {@code @dates}: {@code ${@dates.date(input.receivedOn, #locale)}}.
 */
@Component("dates")
public final class Dates {

    /** Every moment is shown on the Dutch clock. */
    public static final ZoneId ZONE = TimeConfiguration.NETHERLANDS;

    private static final String DATE = "d MMMM yyyy";
    private static final String WEEKDAY_DATE = "EEEE d MMMM yyyy";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    public Dates(MessageSource messages) {
        this.messages = messages;
    }

    /** "3 maart 2026"; empty for no date. */
    public String date(TemporalAccessor when, Locale locale) {
        return when == null ? "" : DateTimeFormatter.ofPattern(DATE, locale).format(local(when));
    }

    /** "dinsdag 3 maart 2026". */
    public String weekdayDate(TemporalAccessor when, Locale locale) {
        return when == null ? "" : DateTimeFormatter.ofPattern(WEEKDAY_DATE, locale).format(local(when));
    }

    /** "14:05", Dutch local time. */
    public String time(TemporalAccessor when) {
        return when == null ? "" : TIME.format(local(when));
    }

    /** "3 maart 2026 om 14:05" ("3 March 2026 at 14:05"), Dutch local time. */
    public String dateTime(TemporalAccessor when, Locale locale) {
        if (when == null) {
            return "";
        }
        return messages.getMessage("platform.dates.dateTime", new Object[] {date(when, locale), time(when)}, locale);
    }

    /** "1 dag", "3 dagen". */
    public String days(long days, Locale locale) {
        return messages.getMessage("platform.duration.days", new Object[] {days}, locale);
    }

    /** A duration in the largest whole unit that fits: "3 dagen", "2 uur", "15 minuten". */
    public String duration(Duration duration, Locale locale) {
        if (duration == null) {
            return "";
        }
        if (duration.toDays() > 0 && duration.toHours() % 24 == 0) {
            return days(duration.toDays(), locale);
        }
        if (duration.toHours() > 0 && duration.toMinutes() % 60 == 0) {
            return messages.getMessage("platform.duration.hours", new Object[] {duration.toHours()}, locale);
        }
        return messages.getMessage("platform.duration.minutes", new Object[] {duration.toMinutes()}, locale);
    }

    /** A date or moment as it is on the Dutch calendar and clock. */
    private static TemporalAccessor local(TemporalAccessor when) {
        return switch (when) {
            case Instant i -> i.atZone(ZONE);
            case ZonedDateTime z -> z.withZoneSameInstant(ZONE);
            case OffsetDateTime o -> o.atZoneSameInstant(ZONE);
            case LocalDate d -> d;
            case LocalDateTime d -> d;
            default -> when;
        };
    }
}
