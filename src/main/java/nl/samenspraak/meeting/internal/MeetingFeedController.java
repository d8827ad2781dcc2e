package nl.samenspraak.meeting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The meetings of a collaboration as a calendar to subscribe to (RFC 5545), without an account:
 * what the public meeting pages show, never who registered.
 */
@Controller
class MeetingFeedController {

    /** Meetings that ended longer ago than this are left out; a calendar keeps what it already has. */
    static final Duration HISTORY = Duration.ofDays(90);
    static final int MAX_EVENTS = 500;

    private final Collaborations collaborations;
    private final Processes processes;
    private final Meetings meetings;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    MeetingFeedController(Collaborations collaborations, Processes processes, Meetings meetings, MessageSource messages,
                          Clock clock, @Value("${samenspraak.base-url}") String baseUrl) {
        this.collaborations = collaborations;
        this.processes = processes;
        this.meetings = meetings;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/samenwerkingen/{slug}/bijeenkomsten.ics")
    ResponseEntity<byte[]> showCalendar(@PathVariable String slug, Locale locale) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return calendar(collaboration.name(), meetings.forFeed(collaboration.id(), now.minus(HISTORY), MAX_EVENTS),
                now, locale);
    }

    /** The meetings of one process only, for residents who follow that process and not the whole collaboration. */
    @GetMapping("/trajecten/{id}/bijeenkomsten.ics")
    ResponseEntity<byte[]> showProcessCalendar(@PathVariable String id, Locale locale) {
        Process process = Ids.parseUuid(id).flatMap(processes::findPublic).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        return calendar(process.title(), meetings.forProcessFeed(process.collaborationId(), process.id(),
                now.minus(HISTORY), MAX_EVENTS), now, locale);
    }

    private ResponseEntity<byte[]> calendar(String of, List<Meetings.FeedRow> rows, Instant now, Locale locale) {
        List<IcsCalendar.Event> events = rows.stream()
                .map(row -> new IcsCalendar.Event(row.meeting().id(), row.meeting().title(), row.meeting().about(),
                        row.venueName() + ", " + row.venueAddress(), row.meeting().startsAt(), row.meeting().endsAt(),
                        baseUrl + "/bijeenkomsten/" + row.meeting().id(),
                        row.meeting().status() == Meeting.Status.CANCELLED))
                .toList();
        String name = messages.getMessage("meeting.feed.name", new Object[] {of}, locale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(IcsCalendar.CONTENT_TYPE))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
                .header("Content-Disposition", "inline; filename=\"bijeenkomsten.ics\"")
                .body(IcsCalendar.feed(name, events, now));
    }
}
