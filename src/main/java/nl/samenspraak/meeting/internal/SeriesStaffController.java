package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recurring structures, and whether they keep meeting as planned. */
@Controller
class SeriesStaffController {

    static final String LIST_VIEW = "meeting/staff/series-list";
    static final String CONTINUITY_VIEW = "meeting/staff/series";

    private final StaffAccess staffAccess;
    private final MeetingSeries series;
    private final Meetings meetings;
    private final Continuity continuity;
    private final MeetingErrors errors;
    private final Clock clock;

    SeriesStaffController(StaffAccess staffAccess, MeetingSeries series, Meetings meetings, Continuity continuity,
                          MeetingErrors errors, Clock clock) {
        this.staffAccess = staffAccess;
        this.series = series;
        this.meetings = meetings;
        this.continuity = continuity;
        this.errors = errors;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/reeksen")
    String showSeries(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return list(model, access, SeriesForm.startingOn(LocalDate.now(clock.withZone(Meeting.ZONE))), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/reeksen")
    String processCreationForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") SeriesForm form, Model model, Locale locale,
                               HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        try {
            UUID id = series.create(access.collaborationId(), form, access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("seriesId", id);
            return "redirect:/beheer/{slug}/bijeenkomsten/reeksen/{seriesId}";
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(model, access, form, errors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/reeksen/{seriesId}")
    String showContinuity(Authentication authentication, @PathVariable String slug, @PathVariable UUID seriesId,
                          Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Series s = series.find(access.collaborationId(), seriesId).orElseThrow(NotFoundException::new);
        var rows = meetings.ofSeries(access.collaborationId(), s.id());
        model.addAttribute("access", access);
        model.addAttribute("series", s);
        model.addAttribute("meetings", rows);
        model.addAttribute("figures", continuity.of(s, rows));
        return CONTINUITY_VIEW;
    }

    private String list(Model model, CollaborationAccess access, SeriesForm form, Map<String, String> errs) {
        model.addAttribute("access", access);
        model.addAttribute("seriesList", series.all(access.collaborationId()));
        model.addAttribute("cadences", Series.Cadence.values());
        model.addAttribute("canPlan", access.can(Role.COORDINATOR));
        model.addAttribute("form", form);
        model.addAttribute("errors", errs);
        return LIST_VIEW;
    }
}
