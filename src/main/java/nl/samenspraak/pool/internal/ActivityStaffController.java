package nl.samenspraak.pool.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
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
 * Staff describe an activity, see which members fit it and why the others do not, and
 * invite the ones they choose; the server checks each one again before anything is sent.
 */
@Controller
class ActivityStaffController {

    static final String NEW_VIEW = "pool/staff/activity-new";
    static final String VIEW = "pool/staff/activity";
    /** The subject kind under which an activity's published invitation text is recorded. */
    static final String SUBJECT_KIND = "pool-activity";

    private final FormErrors formErrors;
    private final StaffAccess staffAccess;
    private final Activities activities;
    private final InvitationRound round;
    private final Invitations invitations;
    private final PoolPages pages;
    private final PersonalDataViews personalData;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    ActivityStaffController(FormErrors formErrors, StaffAccess staffAccess, Activities activities,
                            InvitationRound round, Invitations invitations, PoolPages pages, PersonalDataViews personalData,
                            TextReview textReview, PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.formErrors = formErrors;
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.activities = activities;
        this.round = round;
        this.invitations = invitations;
        this.pages = pages;
    }

    @GetMapping("/beheer/{slug}/inwonerpool/activiteiten/nieuw")
    String initActivityForm(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        return form(model, access, ActivityForm.empty(), Map.of());
    }

    @PostMapping("/beheer/{slug}/inwonerpool/activiteiten/nieuw")
    String processActivityForm(Authentication authentication, @PathVariable String slug,
                               @ModelAttribute("form") ActivityForm form, Model model, Locale locale,
                               HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, Map.of());
        }
        Map<String, String> errors = pages.texts(form.check(activities.today()), locale);
        if (errors.isEmpty() && review.blocksSave()) { // the form's own errors first, then plain language
            errors = textReview.confirmationError(locale);
        }
        if (errors.isEmpty()) {
            UUID id = activities.create(access.collaborationId(), form, access.actor());
            publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, ActivityForm.CHECKED_FIELDS, review, access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("activityId", id);
            return "redirect:/beheer/{slug}/inwonerpool/activiteiten/{activityId}";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, access, form, errors);
    }

    @GetMapping("/beheer/{slug}/inwonerpool/activiteiten/{activityId}")
    String showActivity(Authentication authentication, @PathVariable String slug, @PathVariable String activityId,
                        Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        return page(model, access, activity(access, activityId), Map.of());
    }

    @PostMapping("/beheer/{slug}/inwonerpool/activiteiten/{activityId}/uitnodigen")
    String processInvitations(Authentication authentication, @PathVariable String slug, @PathVariable String activityId,
                              @RequestParam(name = "members", required = false) List<String> chosen, Model model,
                              Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Activity activity = activity(access, activityId);
        List<UUID> ids = (chosen == null ? List.<String>of() : chosen).stream().limit(InvitationRound.SEARCH_LIMIT)
                .map(Ids::parseUuid).flatMap(Optional::stream).toList();
        try {
            InvitationRound.Outcome outcome = round.invite(access.collaborationId(), activity.id(), ids, access.actor());
            redirect.addFlashAttribute("sent", outcome.sent());
            redirect.addFlashAttribute("refused", outcome.refused());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("activityId", activity.id());
            return "redirect:/beheer/{slug}/inwonerpool/activiteiten/{activityId}#resultaat";
        } catch (InvalidPoolInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, activity, formErrors.of(e, locale));
        }
    }

    private Activity activity(CollaborationAccess access, String activityId) {
        return Ids.parseUuid(activityId).flatMap(id -> activities.find(access.collaborationId(), id))
                .orElseThrow(NotFoundException::new);
    }

    private String form(Model model, CollaborationAccess access, ActivityForm form, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("form", form);
        model.addAttribute("today", activities.today());
        model.addAttribute("errors", errors);
        return NEW_VIEW;
    }

    private String page(Model model, CollaborationAccess access, Activity activity, Map<String, String> errors) {
        // Members by name for the staff who invite them (audited); viewers see a neutral code per member.
        boolean shown = personalData.open(access, "pool activity page", "pool_activity", activity.id());
        List<InvitationRound.Candidate> candidates = round.candidates(access.collaborationId(), activity).stream()
                .map(c -> new InvitationRound.Candidate(c.member(), PersonalDataViews.shown(shown, c.resident()), c.reasons()))
                .toList();
        // A member's note with their reply can say what they need ("I bring my walker"): not for viewers.
        List<Invitation> invitations = this.invitations.to(access.collaborationId(), activity.id()).stream()
                .map(i -> shown ? i : i.withoutNote())
                .toList();
        Map<UUID, String> names = new java.util.HashMap<>();
        candidates.forEach(c -> names.put(c.member().id(), c.resident() == null ? "?" : c.resident().displayName()));
        model.addAttribute("access", access);
        model.addAttribute("contactShown", shown);
        model.addAttribute("activity", activity);
        model.addAttribute("startsAt", activity.startsAt().atZone(activities.zone()));
        model.addAttribute("fitting", candidates.stream().filter(InvitationRound.Candidate::fits).toList());
        model.addAttribute("notFitting", candidates.stream().filter(c -> !c.fits()).toList());
        model.addAttribute("invitations", invitations);
        model.addAttribute("names", names);
        model.addAttribute("canInvite", access.can(Role.PROFESSIONAL) && activity.startsAt().isAfter(
                activities.today().atStartOfDay(activities.zone()).toInstant()));
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
