package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Residents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff register a resident they spoke to (at the door, by phone, at the community centre),
 * new or found with a search, and cancel a registration when asked to.
 */
@Controller
class StaffRegistrationController {

    static final String VIEW = "meeting/staff/register";
    static final int RESULTS = 20;

    private final StaffAccess staffAccess;
    private final Meetings meetings;
    private final Registrations registrations;
    private final Residents residents;
    private final Collaborations collaborations;
    private final MeetingErrors errors;
    private final PersonalDataViews personalData;

    StaffRegistrationController(StaffAccess staffAccess, Meetings meetings, Registrations registrations, Residents residents,
                                Collaborations collaborations, MeetingErrors errors, PersonalDataViews personalData) {
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.meetings = meetings;
        this.registrations = registrations;
        this.residents = residents;
        this.collaborations = collaborations;
        this.errors = errors;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/aanmelden")
    String initRegistrationForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                                @RequestParam(name = "zoek", required = false) String zoek,
                                @RequestParam(name = "voor", required = false) String voor, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meetings.find(access.collaborationId(), meetingId).orElseThrow(NotFoundException::new);
        RegistrationForm form = new RegistrationForm();
        form.setChannel("STAFF");
        return form(model, access, meeting, form, zoek, PageKeys.before(voor), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/aanmelden")
    String processRegistrationForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                                   @ModelAttribute("form") RegistrationForm form,
                                   @RequestParam(name = "zoek", required = false) String zoek, Model model, Locale locale,
                                   HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meetings.find(access.collaborationId(), meetingId).orElseThrow(NotFoundException::new);
        try {
            Registrations.Outcome outcome = registrations.register(access.collaborationId(), meeting.id(),
                    form.toStaff(access.staffId(), access.actor()));
            redirect.addAttribute("bericht", outcome.delivery().name());
            return MeetingStaffController.redirectTo(redirect, access, meeting.id(),
                    outcome.status() == Registration.Status.REGISTERED ? "aangemeld" : "wachtlijst");
        } catch (RuntimeException e) {
            Map<String, String> found = errors.of(e, locale);
            if (found == null) {
                throw e;
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, meeting, form, zoek, null, found);
        }
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/aanmeldingen/{registrationId}/afmelden")
    String processCancellation(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                               @PathVariable UUID registrationId, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meetings.find(access.collaborationId(), meetingId).orElseThrow(NotFoundException::new);
        Registration registration = registrations.find(access.collaborationId(), registrationId)
                .filter(r -> r.meetingId().equals(meeting.id())).orElseThrow(NotFoundException::new);
        registrations.cancel(access.collaborationId(), registration.id(), access.actor());
        return MeetingStaffController.redirectTo(redirect, access, meeting.id(), "afgemeld");
    }

    private String form(Model model, CollaborationAccess access, Meeting meeting, RegistrationForm form, String zoek,
                        Long before, Map<String, String> errs) {
        String query = Text.cleanOrNull(zoek);
        List<Residents.ResidentRow> found = query == null && before == null ? List.of()
                : residents.search(access.collaborationId(), query, before, RESULTS + 1);
        if (!found.isEmpty()) {
            // Search results show residents' contact details: who searched is kept.
            personalData.open(access, "resident search to register", "meeting", meeting.id());
        }
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("zoek", query == null ? "" : query);
        model.addAttribute("found", found.size() > RESULTS ? found.subList(0, RESULTS) : found);
        model.addAttribute("nextBefore", found.size() > RESULTS ? found.get(RESULTS - 1).seq() : null);
        model.addAttribute("searched", query != null || before != null);
        model.addAttribute("open", meeting.openForRegistration(meetings.now()));
        model.addAttribute("needChoices", Registration.Need.values());
        model.addAttribute("channels", Registration.STAFF_CHANNELS);
        model.addAttribute("organisations", collaborations.registeredOrganisations(access.collaborationId()));
        model.addAttribute("errors", errs);
        return VIEW;
    }
}
