package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.RateLimiter;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Residents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Residents find meetings, see whether they can get in and register without an account. */
@Controller
class PublicMeetingController {

    static final String LIST_VIEW = "meeting/process-meetings";
    static final String MEETING_VIEW = "meeting/meeting";
    static final String TOO_MANY_VIEW = "meeting/too-many";
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Meetings meetings;
    private final Venues venues;
    private final Processes processes;
    private final Registrations registrations;
    private final Residents residents;
    private final MeetingErrors errors;
    private final RateLimiter limiter;
    private final int perWindow;

    PublicMeetingController(Meetings meetings, Venues venues, Processes processes, Registrations registrations,
                            Residents residents, MeetingErrors errors, RateLimiter limiter,
                            @Value("${samenspraak.rate-limit.registrations-per-10-minutes:30}") int perWindow) {
        this.meetings = meetings;
        this.venues = venues;
        this.processes = processes;
        this.registrations = registrations;
        this.residents = residents;
        this.errors = errors;
        this.limiter = limiter;
        this.perWindow = perWindow;
    }

    @GetMapping("/trajecten/{id}/bijeenkomsten")
    String showProcessMeetings(@PathVariable String id, Model model) {
        Process process = Ids.parseUuid(id).flatMap(processes::findPublic).orElseThrow(NotFoundException::new);
        model.addAttribute("process", process);
        model.addAttribute("meetings", meetings.upcomingOfProcess(process.id()));
        return LIST_VIEW;
    }

    @GetMapping("/bijeenkomsten/{id}")
    String showMeeting(@PathVariable String id, Model model) {
        fill(model, meeting(id), new RegistrationForm(), Map.of());
        return MEETING_VIEW;
    }

    /** Reloading or switching language after a rejected form lands here: back to the page itself. */
    @GetMapping("/bijeenkomsten/{id}/aanmelden")
    RedirectView showFormAgain(@PathVariable String id) {
        return Redirects.seeOther("/bijeenkomsten/" + meeting(id).id() + "#aanmelden");
    }

    @PostMapping("/bijeenkomsten/{id}/aanmelden")
    ModelAndView processRegistration(@PathVariable String id, @ModelAttribute("form") RegistrationForm form, Model model,
                                     Locale locale, HttpServletRequest request, RedirectAttributes redirect) {
        Meeting meeting = meeting(id);
        if (!limiter.tryAcquire("registration:" + ClientNetwork.key(request), perWindow, WINDOW)) {
            model.addAttribute("backTo", "/bijeenkomsten/" + meeting.id());
            return new ModelAndView(TOO_MANY_VIEW, model.asMap(), HttpStatus.TOO_MANY_REQUESTS);
        }
        try {
            String language = "en".equals(locale.getLanguage()) ? "en" : "nl";
            NewRegistration registration = form.toOnline(language);
            String email = registration.details().email();
            if (registration.details().contactBy() == ContactChannel.EMAIL && email != null && !email.isBlank()
                    && !limiter.tryMailTo(email.strip())) {
                // The confirmation goes to the address typed: a stranger could otherwise flood someone's mailbox.
                throw new InvalidMeetingException("email", RateLimiter.MAIL_BUSY);
            }
            Registrations.Outcome outcome = registrations.register(meeting.collaborationId(), meeting.id(), registration);
            redirect.addFlashAttribute("demographicsToken", residents.issueLink(meeting.collaborationId(),
                    outcome.residentId(), "demographics", null, Duration.ofDays(30)));
            return new ModelAndView(Redirects.seeOther("/aanmelding/" + outcome.token() + "?nieuw"));
        } catch (RuntimeException e) {
            Map<String, String> found = errors.of(e, locale);
            if (found == null) {
                throw e;
            }
            fill(model, meetings.findPublic(meeting.id()).orElseThrow(NotFoundException::new), form, found);
            return new ModelAndView(MEETING_VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private void fill(Model model, Meeting meeting, RegistrationForm form, Map<String, String> errorTexts) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("venue", venues.find(meeting.collaborationId(), meeting.venueId()).orElseThrow(NotFoundException::new));
        model.addAttribute("process", meeting.processId() == null ? null
                : processes.find(meeting.collaborationId(), meeting.processId()).orElse(null));
        int registered = registrations.registeredCount(meeting.id());
        model.addAttribute("placesLeft", Math.max(0, meeting.capacity() - registered));
        model.addAttribute("open", meeting.openForRegistration(meetings.now()));
        model.addAttribute("form", form);
        model.addAttribute("needChoices", Registration.Need.values());
        model.addAttribute("errors", errorTexts);
    }

    private Meeting meeting(String id) {
        return Ids.parseUuid(id).flatMap(meetings::findPublic).orElseThrow(NotFoundException::new);
    }
}
