package nl.samenspraak.meeting.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A calendar file (RFC 5545) for one meeting, so a resident can put it in the calendar of
 * their phone or computer with one tap. Times are in UTC, which every calendar converts to
 * local time without needing a time-zone definition in the file.
 */
final class IcsCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private IcsCalendar() {}

    /** One meeting in a subscribed calendar: only what the public meeting page shows, no registrations. */
    record Event(UUID meetingId, String title, String description, String location, Instant start, Instant end,
                 String url, boolean cancelled) {}

    /**
     * A calendar to subscribe to (a feed): every event, each with a stable UID so that a calendar
     * app updates an event it already has; a called-off meeting stays in with STATUS:CANCELLED.
     */
    static byte[] feed(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Samenspraak//Bijeenkomsten//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        line(out, "X-WR-TIMEZONE:Europe/Amsterdam");
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.meetingId() + "@samenspraak");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(e.start()));
            line(out, "DTEND:" + UTC.format(e.end()));
            line(out, "SUMMARY:" + escape(e.title()));
            if (e.location() != null) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The event; {@code cancelled} makes calendars that already hold it mark it as called off. */
    static byte[] event(UUID meetingId, String title, String description, String location, Instant start, Instant end,
                        Instant stamp, String url, boolean cancelled) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Samenspraak//Bijeenkomsten//NL");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + meetingId + "@samenspraak");
        line(out, "SEQUENCE:" + (cancelled ? 1 : 0));
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART:" + UTC.format(start));
        line(out, "DTEND:" + UTC.format(end));
        line(out, "SUMMARY:" + escape(title));
        if (location != null) {
            line(out, "LOCATION:" + escape(location));
        }
        if (description != null) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        if (url != null) {
            line(out, "URL:" + url);
        }
        line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n, control characters dropped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> {
                    if (c >= ' ' && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character, ended by CRLF. */
    private static void line(StringBuilder out, String content) {
        int lineOctets = 0;
        int i = 0;
        StringBuilder folded = new StringBuilder();
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (lineOctets + size > MAX_OCTETS) {
                folded.append("\r\n ");
                lineOctets = 1;
            }
            folded.append(ch);
            lineOctets += size;
            i += Character.charCount(cp);
        }
        out.append(folded).append("\r\n");
    }
}
