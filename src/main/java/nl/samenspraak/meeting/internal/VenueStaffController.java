package nl.samenspraak.meeting.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
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

/** Venues are kept once, with their accessibility, and picked for every meeting held there. */
@Controller
class VenueStaffController {

    static final String LIST_VIEW = "meeting/staff/venues";
    static final String EDIT_VIEW = "meeting/staff/venue";
    /** The subject kind under which a venue's published notes are recorded. */
    static final String SUBJECT_KIND = "venue";

    private final StaffAccess staffAccess;
    private final Venues venues;
    private final MeetingErrors errors;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    VenueStaffController(StaffAccess staffAccess, Venues venues, MeetingErrors errors, TextReview textReview,
                         PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.venues = venues;
        this.errors = errors;
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/locaties")
    String showVenues(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return list(model, access, new VenueForm(), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/locaties")
    String processCreationForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") VenueForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return list(model, access, form, Map.of());
        }
        try {
            Venues.check(form); // the form's own errors first, then plain language
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return list(model, access, form, textReview.confirmationError(locale));
            }
            UUID id = venues.create(access.collaborationId(), form, access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, VenueForm.CHECKED_FIELDS, review, access.actor());
            redirect.addAttribute("slug", access.slug());
            return "redirect:/beheer/{slug}/bijeenkomsten/locaties?opgeslagen";
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(model, access, form, errors.of(e, locale));
        }
    }

    @GetMapping("/beheer/{slug}/bijeenkomsten/locaties/{venueId}")
    String initUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID venueId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Venue venue = venues.find(access.collaborationId(), venueId).orElseThrow(NotFoundException::new);
        return edit(model, access, venue, VenueForm.of(venue), Map.of());
    }

    @PostMapping("/beheer/{slug}/bijeenkomsten/locaties/{venueId}")
    String processUpdateForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID venueId,
                             @ModelAttribute("form") VenueForm form, Model model, Locale locale,
                             HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Venue venue = venues.find(access.collaborationId(), venueId).orElseThrow(NotFoundException::new);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return edit(model, access, venue, form, Map.of());
        }
        try {
            Venues.check(form);
            if (review.blocksSave()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return edit(model, access, venue, form, textReview.confirmationError(locale));
            }
            venues.update(access.collaborationId(), venue.id(), form, access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, venue.id(), VenueForm.CHECKED_FIELDS, review, access.actor());
            redirect.addAttribute("slug", access.slug());
            return "redirect:/beheer/{slug}/bijeenkomsten/locaties?opgeslagen";
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return edit(model, access, venue, form, errors.of(e, locale));
        }
    }

    private String list(Model model, CollaborationAccess access, VenueForm form, Map<String, String> errs) {
        model.addAttribute("access", access);
        model.addAttribute("venues", venues.all(access.collaborationId()));
        model.addAttribute("canPlan", access.can(Role.COORDINATOR));
        model.addAttribute("form", form);
        model.addAttribute("errors", errs);
        return LIST_VIEW;
    }

    private String edit(Model model, CollaborationAccess access, Venue venue, VenueForm form, Map<String, String> errs) {
        model.addAttribute("access", access);
        model.addAttribute("venue", venue);
        model.addAttribute("canPlan", access.can(Role.COORDINATOR));
        model.addAttribute("form", form);
        model.addAttribute("errors", errs);
        return EDIT_VIEW;
    }
}
