package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff write down what residents raised at the meeting; it becomes input that gets an answer. */
@Controller
class MeetingInputStaffController {

    static final String VIEW = "meeting/staff/capture";

    /** Someone with a place at the meeting who may have raised the input. */
    record Person(UUID registrationId, String name) {}

    private final StaffAccess staffAccess;
    private final Meetings meetings;
    private final Registrations registrations;
    private final Residents residents;
    private final MeetingInputs inputs;
    private final MeetingErrors errors;

    private final PersonalDataViews personalData;

    MeetingInputStaffController(StaffAccess staffAccess, Meetings meetings, Registrations registrations,
                                Residents residents, MeetingInputs inputs, MeetingErrors errors,
                                PersonalDataViews personalData) {
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.meetings = meetings;
        this.registrations = registrations;
        this.residents = residents;
        this.inputs = inputs;
        this.errors = errors;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/inbreng")
    String initCaptureForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                           Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meetings.find(access.collaborationId(), meetingId).orElseThrow(NotFoundException::new);
        return form(model, access, meeting, "", false, "", false, Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/inbreng")
    String processCaptureForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                              @RequestParam(name = "text", required = false) String text,
                              @RequestParam(name = "publish", required = false) String publish,
                              @RequestParam(name = "registrationId", required = false) String registrationId,
                              @RequestParam(name = "consent", required = false) String consent,
                              Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meetings.find(access.collaborationId(), meetingId).orElseThrow(NotFoundException::new);
        try {
            UUID registration = MeetingForm.optionalId(registrationId, "registrationId", "meeting.error.registration");
            inputs.capture(meeting, text, "true".equals(publish), registration, "true".equals(consent), access.staffId());
            return MeetingStaffController.redirectTo(redirect, access, meeting.id(), "inbreng");
        } catch (RuntimeException e) {
            Map<String, String> found = errors.of(e, locale);
            if (found == null) {
                throw e;
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, meeting, text, "true".equals(publish), registrationId, "true".equals(consent), found);
        }
    }

    private String form(Model model, CollaborationAccess access, Meeting meeting, String text, boolean publish,
                        String registrationId, boolean consent, Map<String, String> errs) {
        List<Registration> present = registrations.ofMeeting(access.collaborationId(), meeting.id()).stream()
                .filter(r -> r.status() == Registration.Status.REGISTERED).toList();
        Map<UUID, Resident> people = new java.util.HashMap<>();
        if (!present.isEmpty()) {
            // The form names who came, to link an input to them.
            personalData.open(access, "meeting input form", "meeting", meeting.id());
        }
        residents.find(access.collaborationId(), present.stream().map(Registration::residentId).toList())
                .forEach(r -> people.put(r.id(), r));
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("people", present.stream().map(r -> new Person(r.id(),
                people.containsKey(r.residentId()) ? people.get(r.residentId()).displayName() : "")).toList());
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("publish", publish);
        model.addAttribute("registrationId", registrationId == null ? "" : registrationId);
        model.addAttribute("consent", consent);
        model.addAttribute("errors", errs);
        return VIEW;
    }
}
