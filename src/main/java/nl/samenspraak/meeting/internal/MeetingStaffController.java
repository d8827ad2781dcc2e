package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.process.Processes;
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

/** Staff plan meetings, call them off, and afterwards write down who came and what was said. */
@Controller
class MeetingStaffController {

    static final String OVERVIEW_VIEW = "meeting/staff/overview";
    static final String FORM_VIEW = "meeting/staff/meeting-form";
    static final int PAGE = 20;
    /** The subject kind under which a meeting's published texts are recorded. */
    static final String SUBJECT_KIND = "meeting";

    private final StaffAccess staffAccess;
    private final Meetings meetings;
    private final MeetingChanges changes;
    private final Venues venues;
    private final MeetingSeries series;
    private final Processes processes;
    private final MeetingPage page;
    private final MeetingErrors errors;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    MeetingStaffController(StaffAccess staffAccess, Meetings meetings, MeetingChanges changes, Venues venues,
                           MeetingSeries series, Processes processes, MeetingPage page, MeetingErrors errors,
                           TextReview textReview, PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.meetings = meetings;
        this.changes = changes;
        this.venues = venues;
        this.series = series;
        this.processes = processes;
        this.page = page;
        this.errors = errors;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten")
    String showOverview(Authentication authentication, @PathVariable String slug,
                        @RequestParam(name = "voor", required = false) String voor, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Long before = PageKeys.before(voor);
        List<Meetings.Row> past = meetings.past(access.collaborationId(), before, PAGE + 1);
        model.addAttribute("access", access);
        model.addAttribute("upcoming", meetings.upcoming(access.collaborationId(), 100));
        model.addAttribute("past", past.size() > PAGE ? past.subList(0, PAGE) : past);
        model.addAttribute("nextBefore", past.size() > PAGE ? past.get(PAGE - 1).seq() : null);
        model.addAttribute("before", before);
        model.addAttribute("canPlan", access.can(Role.COORDINATOR));
        model.addAttribute("hasVenues", !venues.all(access.collaborationId()).isEmpty());
        return OVERVIEW_VIEW;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/nieuw")
    String initCreationForm(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return form(model, access, null, MeetingForm.empty(), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/nieuw")
    String processCreationForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") MeetingForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, null, form, Map.of());
        }
        try {
            meetings.check(access.collaborationId(), form); // the form's own errors first, then plain language
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, null, form, textReview.confirmationError(locale));
            }
            UUID id = meetings.create(access.collaborationId(), form, access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, MeetingForm.CHECKED_FIELDS, review, access.actor());
            return redirectTo(redirect, access, id, "opgeslagen");
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, null, form, errors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/{meetingId}")
    String showMeeting(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return page.fill(model, access, meeting(access, meetingId), Map.of(), null);
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/wijzigen")
    String initUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Meeting meeting = meeting(access, meetingId);
        return form(model, access, meeting, MeetingForm.of(meeting), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/wijzigen")
    String processUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                             @ModelAttribute("form") MeetingForm form, Model model, Locale locale,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Meeting meeting = meeting(access, meetingId);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, meeting, form, Map.of());
        }
        try {
            meetings.check(access.collaborationId(), form);
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return form(model, access, meeting, form, textReview.confirmationError(locale));
            }
            changes.change(access.collaborationId(), meeting.id(), form, access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, meeting.id(), MeetingForm.CHECKED_FIELDS, review, access.actor());
            return redirectTo(redirect, access, meeting.id(), "opgeslagen");
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, access, meeting, form, errors.of(e, locale));
        }
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/afgelast")
    String processCancellation(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                               Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Meeting meeting = meeting(access, meetingId);
        try {
            int told = changes.cancel(access.collaborationId(), meeting.id(), access.actor());
            redirect.addAttribute("verteld", told);
            return redirectTo(redirect, access, meeting.id(), "afgelast");
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.fill(model, access, meeting, errors.of(e, locale), null);
        }
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/aanwezigheid")
    String processAttendance(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                             @RequestParam(name = "came", required = false) List<String> came,
                             @RequestParam(name = "walkIns", required = false) String walkIns,
                             Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meeting(access, meetingId);
        try {
            Set<UUID> ids = new HashSet<>();
            for (String id : came == null ? List.<String>of() : came) {
                UUID parsed = MeetingForm.optionalId(id, "walkIns", "meeting.error.registration");
                if (parsed != null) {
                    ids.add(parsed);
                }
            }
            changes.recordAttendance(access.collaborationId(), meeting.id(), ids, walkIns, access.actor());
            return redirectTo(redirect, access, meeting.id(), "aanwezigheid");
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page.fill(model, access, meeting, errors.of(e, locale), walkIns);
        }
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/{meetingId}/verslag")
    String processMinutes(Authentication authentication, @PathVariable String slug, @PathVariable UUID meetingId,
                          @RequestParam(name = "minutes", required = false) String minutes, Model model, Locale locale,
                          HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Meeting meeting = meeting(access, meetingId);
        try {
            meetings.saveMinutes(access.collaborationId(), meeting.id(), minutes, access.actor());
            return redirectTo(redirect, access, meeting.id(), "verslag");
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("typedMinutes", minutes);
            return page.fill(model, access, meeting, errors.of(e, locale), null);
        }
    }

    private Meeting meeting(CollaborationAccess access, UUID id) {
        return meetings.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
    }

    private String form(Model model, CollaborationAccess access, Meeting meeting, MeetingForm form, Map<String, String> errs) {
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("venues", venues.all(access.collaborationId()));
        model.addAttribute("seriesList", series.all(access.collaborationId()));
        model.addAttribute("processes", processes.ofCollaboration(access.collaborationId()));
        model.addAttribute("errors", errs);
        return FORM_VIEW;
    }

    static String redirectTo(RedirectAttributes redirect, CollaborationAccess access, UUID meetingId, String flag) {
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("meetingId", meetingId);
        return "redirect:/beheer/{slug}/bijeenkomsten/{meetingId}?" + flag;
    }
}
