package nl.samenspraak.meeting.internal;

import java.nio.charset.StandardCharsets;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Outbox;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Residents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The resident's own page for one registration, opened by the personal link in their
 * confirmation: their place or waiting-list position, the calendar file, and cancelling.
 * An unknown or expired link looks the same as one that never existed.
 */
@Controller
class PersonalRegistrationController {

    static final String VIEW = "meeting/registration";

    private final Residents residents;
    private final Registrations registrations;
    private final Meetings meetings;
    private final Venues venues;
    private final Processes processes;
    private final MeetingMessages messages;

    PersonalRegistrationController(Residents residents, Registrations registrations, Meetings meetings, Venues venues,
                                   Processes processes, MeetingMessages messages) {
        this.residents = residents;
        this.registrations = registrations;
        this.meetings = meetings;
        this.venues = venues;
        this.processes = processes;
        this.messages = messages;
    }

    @GetMapping("/aanmelding/{token}")
    String showRegistration(@PathVariable String token, Model model) {
        Registration registration = registration(token);
        Meeting meeting = meetings.find(registration.collaborationId(), registration.meetingId()).orElseThrow(NotFoundException::new);
        model.addAttribute("token", token);
        model.addAttribute("registration", registration);
        model.addAttribute("meeting", meeting);
        model.addAttribute("venue", venues.find(meeting.collaborationId(), meeting.venueId()).orElseThrow(NotFoundException::new));
        model.addAttribute("process", meeting.processId() == null ? null
                : processes.find(meeting.collaborationId(), meeting.processId()).orElse(null));
        model.addAttribute("position", registrations.waitingPosition(meeting.id(), registration.id()));
        model.addAttribute("canCancel", registration.active() && meeting.openForRegistration(meetings.now()));
        return VIEW;
    }

    @PostMapping("/aanmelding/{token}/afmelden")
    RedirectView processCancellation(@PathVariable String token) {
        Registration registration = registration(token);
        registrations.cancel(registration.collaborationId(), registration.id(), null);
        return Redirects.seeOther("/aanmelding/" + token + "?afgemeld");
    }

    @GetMapping("/aanmelding/{token}/agenda.ics")
    ResponseEntity<byte[]> downloadCalendar(@PathVariable String token) {
        Registration registration = registration(token);
        Meeting meeting = meetings.find(registration.collaborationId(), registration.meetingId()).orElseThrow(NotFoundException::new);
        Venue venue = venues.find(meeting.collaborationId(), meeting.venueId()).orElseThrow(NotFoundException::new);
        Outbox.Attachment ics = messages.calendar(meeting, venue, "", meeting.status() == Meeting.Status.CANCELLED);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ics.name()).build().toString())
                .body(ics.content());
    }

    private Registration registration(String token) {
        PersonalLink link = residents.resolveLink(token, Registrations.LINK_PURPOSE).orElseThrow(NotFoundException::new);
        return registrations.find(link.collaborationId(), link.subjectId()).orElseThrow(NotFoundException::new);
    }
}
