package nl.samenspraak.meeting.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the messages about a meeting in the resident's own language and sends them in the
 * channel they chose; e-mails about a place carry a calendar file.
 */
@Component
class MeetingMessages {

    /** Which message: the key part in {@code meeting.mail.<kind>.subject/body}. */
    enum Kind {
        CONFIRMED(true), WAITING(false), MOVED_UP(true), REMINDER(true), MEETING_CANCELLED(true),
        REGISTRATION_CANCELLED(false);

        final boolean calendar;

        Kind(boolean calendar) {
            this.calendar = calendar;
        }
    }

    private final ResidentMessages residentMessages;
    private final Residents residents;
    private final Venues venues;
    private final MessageSource texts;
    private final Clock clock;
    private final String baseUrl;

    MeetingMessages(ResidentMessages residentMessages, Residents residents, Venues venues, MessageSource texts, Clock clock,
                    @Value("${samenspraak.base-url}") String baseUrl) {
        this.residentMessages = residentMessages;
        this.residents = residents;
        this.venues = venues;
        this.texts = texts;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** @param token the personal link to put in the message, or null when it needs none */
    ResidentMessages.Delivery send(Kind kind, Meeting meeting, UUID residentId, String token, int position) {
        Resident resident = residents.find(meeting.collaborationId(), residentId).orElseThrow(NotFoundException::new);
        Locale locale = resident.locale();
        Venue venue = venues.find(meeting.collaborationId(), meeting.venueId()).orElseThrow(NotFoundException::new);
        String link = token == null ? "" : baseUrl + "/aanmelding/" + token;
        String when = when(meeting, locale);
        String key = "meeting.mail." + kind.name();
        String subject = texts.getMessage(key + ".subject", new Object[] {meeting.title()}, locale);
        String body = texts.getMessage(key + ".body", new Object[] {
                resident.name() == null ? texts.getMessage("meeting.mail.noName", null, locale) : resident.name(),
                meeting.title(), when, venue.name(), venue.address(), link, position}, locale)
                + "\n\n" + texts.getMessage("meeting.mail.signature", null, locale);
        Outbox.Attachment calendar = kind.calendar ? calendar(meeting, venue, link, kind == Kind.MEETING_CANCELLED) : null;
        return residentMessages.send(meeting.collaborationId(), residentId, subject, body, calendar);
    }

    Outbox.Attachment calendar(Meeting meeting, Venue venue, String link, boolean cancelled) {
        byte[] ics = IcsCalendar.event(meeting.id(), meeting.title(), meeting.about(), venue.name() + ", " + venue.address(),
                meeting.startsAt(), meeting.endsAt(), clock.instant(), link.isEmpty() ? null : link, cancelled);
        return new Outbox.Attachment("bijeenkomst.ics", IcsCalendar.CONTENT_TYPE, ics);
    }

    /** "donderdag 5 maart 2026, 19:00 tot 21:00" in the resident's language. */
    String when(Meeting meeting, Locale locale) {
        return texts.getMessage("meeting.mail.when", new Object[] {
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(meeting.date()),
                meeting.startTime().toString(), meeting.endTime().toString()}, locale);
    }
}
