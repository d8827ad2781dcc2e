package nl.samenspraak.pool.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.language.Review;
import nl.samenspraak.language.TextReview;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Resident;
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

/** Staff propose commitments (intentieverklaringen), follow them, and end them when needed. */
@Controller
class CommitmentStaffController {

    static final String LIST_VIEW = "pool/staff/commitments";
    static final String NEW_VIEW = "pool/staff/commitment-new";
    static final String VIEW = "pool/staff/commitment";
    static final int PAGE_SIZE = 25;
    /** The subject kind under which a commitment's published texts are recorded. */
    static final String SUBJECT_KIND = "pool-commitment";

    private final FormErrors formErrors;
    private final CommitmentNotices notices;
    private final CommitmentSteps steps;
    private final CommitmentProposals proposals;
    private final StaffAccess staffAccess;
    private final Commitments commitments;
    private final PoolMembers members;
    private final Residents residents;
    private final PoolPages pages;
    private final PersonalDataViews personalData;
    private final TextReview textReview;
    private final PublishedTexts publishedTexts;

    CommitmentStaffController(FormErrors formErrors, CommitmentNotices notices, CommitmentSteps steps, CommitmentProposals proposals, StaffAccess staffAccess, Commitments commitments, PoolMembers members,
                              Residents residents, PoolPages pages, PersonalDataViews personalData,
                              TextReview textReview, PublishedTexts publishedTexts) {
        this.textReview = textReview;
        this.publishedTexts = publishedTexts;
        this.formErrors = formErrors;
        this.notices = notices;
        this.steps = steps;
        this.proposals = proposals;
        this.staffAccess = staffAccess;
        this.commitments = commitments;
        this.members = members;
        this.residents = residents;
        this.pages = pages;
        this.personalData = personalData;
    }

    @GetMapping("/beheer/{slug}/afspraken")
    String showCommitments(Authentication authentication, @PathVariable String slug,
                           @RequestParam(name = "voor", required = false) String before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        PoolMembers.Page<Commitment> page = commitments.list(access.collaborationId(),
                PoolStaffController.parseBefore(before), PAGE_SIZE);
        model.addAttribute("access", access);
        model.addAttribute("contactShown", personalData.mayView(access));
        model.addAttribute("page", page);
        model.addAttribute("names", names(access, page.items().stream().map(c -> c.memberId().value()).toList(),
                "commitments list", "collaboration", access.collaborationId()));
        model.addAttribute("today", steps.today());
        model.addAttribute("canPropose", access.can(Role.PROFESSIONAL));
        return LIST_VIEW;
    }

    @GetMapping("/beheer/{slug}/afspraken/nieuw")
    String initCommitmentForm(Authentication authentication, @PathVariable String slug,
                              @RequestParam(name = "lid", required = false) String member, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        return form(model, access, CommitmentForm.startingOn(steps.today(), member), Map.of());
    }

    @PostMapping("/beheer/{slug}/afspraken/nieuw")
    String processCommitmentForm(Authentication authentication, @PathVariable String slug,
                                 @ModelAttribute("form") CommitmentForm form, Model model, Locale locale,
                                 HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Review review = textReview.review(request, TextReview.DUTCH, form.texts());
        model.addAttribute("review", review);
        if (review.checkRequested()) {
            return form(model, access, form, Map.of());
        }
        Map<String, String> errors = pages.texts(form.check(steps.today()), locale);
        if (errors.isEmpty() && review.blocksSave()) { // the form's own errors first, then plain language
            errors = textReview.confirmationError(locale);
        }
        if (errors.isEmpty()) {
            try {
                UUID id = proposals.propose(access.collaborationId(), form, access.actor());
                publishedTexts.record(access.collaborationId(), SUBJECT_KIND, id, CommitmentForm.CHECKED_FIELDS, review, access.actor());
                redirect.addAttribute("slug", access.slug());
                redirect.addAttribute("commitmentId", id);
                return "redirect:/beheer/{slug}/afspraken/{commitmentId}?voorgesteld";
            } catch (InvalidPoolInputException e) {
                errors = formErrors.of(e, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, access, form, errors);
    }

    @GetMapping("/beheer/{slug}/afspraken/{commitmentId}")
    String showCommitment(Authentication authentication, @PathVariable String slug, @PathVariable String commitmentId,
                          @RequestParam(required = false) String voorgesteld,
                          @RequestParam(required = false) String beeindigd, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        model.addAttribute("proposed", voorgesteld != null);
        model.addAttribute("ended", beeindigd != null);
        return page(model, access, commitment(access, commitmentId), null, Map.of());
    }

    @PostMapping("/beheer/{slug}/afspraken/{commitmentId}/beeindigen")
    String processEnd(Authentication authentication, @PathVariable String slug, @PathVariable String commitmentId,
                      @RequestParam(required = false) String reason, Model model, Locale locale,
                      HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Commitment c = commitment(access, commitmentId);
        try {
            steps.endByStaff(access.collaborationId(), c.id(), reason, access.actor());
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("commitmentId", c.id().value());
            return "redirect:/beheer/{slug}/afspraken/{commitmentId}?beeindigd";
        } catch (InvalidPoolInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, c, reason, formErrors.of(e, locale));
        }
    }

    private Commitment commitment(CollaborationAccess access, String commitmentId) {
        UUID id = CommitmentForm.uuid(commitmentId);
        return (id == null ? java.util.Optional.<Commitment>empty() : commitments.find(access.collaborationId(), id))
                .orElseThrow(NotFoundException::new);
    }

    private String page(Model model, CollaborationAccess access, Commitment c, String reason, Map<String, String> errors) {
        var contact = notices.staffOf(access.collaborationId()).get(c.contactStaffId());
        model.addAttribute("access", access);
        model.addAttribute("contactShown", personalData.mayView(access));
        model.addAttribute("commitment", c);
        model.addAttribute("roleName", notices.roleName(c, PoolTexts.STAFF));
        model.addAttribute("memberName", names(access, List.of(c.memberId().value()), "commitment page", "pool_commitment", c.id().value())
                .get(c.memberId().value()));
        model.addAttribute("contact", contact == null ? null : contact.displayName());
        model.addAttribute("today", steps.today());
        model.addAttribute("canEnd", access.can(Role.PROFESSIONAL) && c.open(steps.today()));
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private String form(Model model, CollaborationAccess access, CommitmentForm form, Map<String, String> errors) {
        List<Member> active = members.list(access.collaborationId(), null, null, false, null, InvitationRound.SEARCH_LIMIT).items();
        model.addAttribute("access", access);
        model.addAttribute("form", form);
        model.addAttribute("members", active);
        model.addAttribute("names", names(access, active.stream().map(Member::id).toList(), "commitment form",
                "collaboration", access.collaborationId()));
        model.addAttribute("roles", Vocabulary.Role.values());
        model.addAttribute("staff", notices.staffOf(access.collaborationId()).values());
        model.addAttribute("errors", errors);
        return NEW_VIEW;
    }

    /**
     * Display names per member id, in two queries: names for the staff who work with the
     * members (each page view audited), a neutral code per member for viewers.
     */
    private Map<UUID, String> names(CollaborationAccess access, List<UUID> memberIds, String page, String objectType,
                                    Object objectId) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        UUID collaborationId = access.collaborationId();
        boolean shown = personalData.open(access, page, objectType, objectId);
        Map<UUID, UUID> residentOf = members.residentsOf(collaborationId, memberIds);
        Map<UUID, Resident> people = residents.find(collaborationId, List.copyOf(residentOf.values())).stream()
                .map(r -> PersonalDataViews.shown(shown, r))
                .collect(Collectors.toMap(Resident::id, Function.identity()));
        Map<UUID, String> names = new java.util.HashMap<>();
        residentOf.forEach((member, resident) -> names.put(member,
                people.containsKey(resident) ? people.get(resident).displayName() : "?"));
        return names;
    }
}
