package nl.samenspraak.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Gathers the staff page of one meeting, for the first visit and for a form shown again with its errors. */
@Component
class MeetingPage {

    static final String VIEW = "meeting/staff/meeting";

    /** A registration on the staff page with the resident's details and, when waiting, the position. */
    record Line(Registration registration, Resident resident, int position, String organisation) {}

    private final Venues venues;
    private final MeetingSeries series;
    private final Processes processes;
    private final Registrations registrations;
    private final Residents residents;
    private final Collaborations collaborations;
    private final MeetingInputs inputs;
    private final Meetings meetings;
    private final PersonalDataViews personalData;

    MeetingPage(Venues venues, MeetingSeries series, Processes processes, Registrations registrations, Residents residents,
                Collaborations collaborations, MeetingInputs inputs, Meetings meetings, PersonalDataViews personalData) {
        this.personalData = personalData;
        this.venues = venues;
        this.series = series;
        this.processes = processes;
        this.registrations = registrations;
        this.residents = residents;
        this.collaborations = collaborations;
        this.inputs = inputs;
        this.meetings = meetings;
    }

    String fill(Model model, CollaborationAccess access, Meeting meeting, Map<String, String> errors, String typedWalkIns) {
        UUID c = access.collaborationId();
        // Who registered, how to reach them and what they need: for the staff who arrange it, audited.
        boolean shown = personalData.open(access, "meeting page", "meeting", meeting.id());
        List<Registration> all = registrations.ofMeeting(c, meeting.id()).stream()
                .map(r -> shown ? r : r.withoutNeeds()).toList();
        Map<UUID, Resident> people = residents.find(c, all.stream().map(Registration::residentId).distinct().toList())
                .stream().map(r -> PersonalDataViews.shown(shown, r))
                .collect(Collectors.toMap(Resident::id, Function.identity()));
        Map<UUID, String> organisations = collaborations.registeredOrganisations(c).stream()
                .collect(Collectors.toMap(Collaborations.RegisteredOrganisation::id, Collaborations.RegisteredOrganisation::name));
        List<Line> registered = new ArrayList<>();
        List<Line> waiting = new ArrayList<>();
        List<Line> cancelled = new ArrayList<>();
        for (Registration r : all) {
            String org = r.organisationId() == null ? null : organisations.get(r.organisationId());
            switch (r.status()) {
                case REGISTERED -> registered.add(new Line(r, people.get(r.residentId()), 0, org));
                case WAITING -> waiting.add(new Line(r, people.get(r.residentId()), waiting.size() + 1, org));
                case CANCELLED -> cancelled.add(new Line(r, people.get(r.residentId()), 0, org));
            }
        }
        Map<UUID, Line> byRegistration = new java.util.HashMap<>();
        all.forEach(r -> byRegistration.put(r.id(), new Line(r, people.get(r.residentId()), 0, null)));
        model.addAttribute("access", access);
        model.addAttribute("contactShown", shown);
        model.addAttribute("meeting", meeting);
        model.addAttribute("venue", venues.find(c, meeting.venueId()).orElseThrow(NotFoundException::new));
        model.addAttribute("process", meeting.processId() == null ? null : processes.find(c, meeting.processId()).orElse(null));
        model.addAttribute("series", meeting.seriesId() == null ? null : series.find(c, meeting.seriesId()).orElse(null));
        model.addAttribute("registered", registered);
        model.addAttribute("waiting", waiting);
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("placesLeft", Math.max(0, meeting.capacity() - registered.size()));
        model.addAttribute("inputs", inputs.of(c, meeting.id()));
        model.addAttribute("raisedBy", byRegistration);
        model.addAttribute("started", meeting.started(meetings.now()));
        model.addAttribute("open", meeting.openForRegistration(meetings.now()));
        model.addAttribute("canPlan", access.can(Role.COORDINATOR));
        model.addAttribute("canWork", access.can(Role.PROFESSIONAL));
        model.addAttribute("walkIns", typedWalkIns != null ? typedWalkIns : String.valueOf(meeting.walkIns()));
        if (!model.containsAttribute("typedMinutes")) {
            model.addAttribute("typedMinutes", meeting.minutes());
        }
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
