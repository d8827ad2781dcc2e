package nl.samenspraak.pool.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.resident.InvalidResidentException;
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

/** Staff see the pool, add a resident after a conversation, and open a member (an audited view). */
@Controller
class PoolStaffController {

    static final String LIST_VIEW = "pool/staff/list";
    static final String ADD_VIEW = "pool/staff/add";
    static final String MEMBER_VIEW = "pool/staff/member";
    static final int PAGE_SIZE = 25;
    static final List<ConsentHow> STAFF_CONSENT = List.of(ConsentHow.IN_PERSON, ConsentHow.PHONE, ConsentHow.PAPER_FORM);

    private final FormErrors formErrors;
    private final Consents consents;
    private final PoolJoining joining;
    private final StaffAccess staffAccess;
    private final PoolMembers members;
    private final Activities activities;
    private final Invitations invitations;
    private final Commitments commitments;
    private final Residents residents;
    private final Collaborations collaborations;
    private final PersonalDataViews personalData;
    private final PoolPages pages;

    PoolStaffController(FormErrors formErrors, Consents consents, PoolJoining joining, StaffAccess staffAccess, PoolMembers members, Activities activities,
                        Invitations invitations, Commitments commitments,
                        Residents residents, Collaborations collaborations, PersonalDataViews personalData,
                        PoolPages pages) {
        this.formErrors = formErrors;
        this.consents = consents;
        this.joining = joining;
        this.staffAccess = staffAccess;
        this.members = members;
        this.activities = activities;
        this.invitations = invitations;
        this.commitments = commitments;
        this.residents = residents;
        this.collaborations = collaborations;
        this.personalData = personalData;
        this.pages = pages;
    }

    @GetMapping("/beheer/{slug}/inwonerpool")
    String showPool(Authentication authentication, @PathVariable String slug,
                    @RequestParam(name = "thema", required = false) String theme,
                    @RequestParam(name = "energie", required = false) String energy,
                    @RequestParam(name = "gestopt", required = false) String withdrawn,
                    @RequestParam(name = "voor", required = false) String before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Interest interest = Vocabulary.parse(Interest.class, theme).orElse(null);
        Energy e = Vocabulary.parse(Energy.class, energy).orElse(null);
        PoolMembers.Page<Member> page = members.list(access.collaborationId(), interest, e, withdrawn != null,
                parseBefore(before), PAGE_SIZE);
        model.addAttribute("access", access);
        model.addAttribute("page", page);
        // Names of members for the staff who contact them; viewers see a neutral code per member.
        boolean shown = !page.items().isEmpty() && personalData.open(access, "pool list", "collaboration",
                access.collaborationId());
        model.addAttribute("people", people(access.collaborationId(), page.items(), shown));
        model.addAttribute("contactShown", personalData.mayView(access));
        model.addAttribute("theme", interest == null ? null : interest.name());
        model.addAttribute("energy", e == null ? null : e.name());
        model.addAttribute("withdrawn", withdrawn != null);
        model.addAttribute("activities", activities.latest(access.collaborationId(), 10));
        model.addAttribute("zone", activities.zone());
        model.addAttribute("canInvite", access.can(Role.PROFESSIONAL));
        return LIST_VIEW;
    }

    @GetMapping("/beheer/{slug}/inwonerpool/nieuw")
    String initAddForm(Authentication authentication, @PathVariable String slug,
                       @RequestParam(name = "inwoner", required = false) String resident,
                       @RequestParam(name = "zoek", required = false) String query, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        return addForm(model, access, MemberForm.empty(activities.today(), resident), query, Map.of());
    }

    @PostMapping("/beheer/{slug}/inwonerpool/nieuw")
    String processAddForm(Authentication authentication, @PathVariable String slug,
                          @ModelAttribute("form") MemberForm form, Model model, Locale locale,
                          HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Map<String, String> errors = pages.texts(form.check(true, activities.today()), locale);
        if (errors.isEmpty()) {
            try {
                PoolJoining.Joined joined = joining.addByStaff(access.collaborationId(), form.residentId(),
                        form.details(PublicPoolController.language(Locale.forLanguageTag(
                                form.language() == null ? "nl" : form.language()))),
                        form.profile().toProfile(), form.profile().resultsChecked(), form.consentHowValue(),
                        form.consentOnValue(), form.organisationId(), access.actor());
                redirect.addAttribute("slug", access.slug());
                redirect.addAttribute("memberId", joined.memberId());
                return "redirect:/beheer/{slug}/inwonerpool/leden/{memberId}?toegevoegd";
            } catch (InvalidResidentException e) {
                errors = formErrors.of(e, locale);
            } catch (InvalidPoolInputException e) {
                errors = formErrors.of(e, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return addForm(model, access, form, null, errors);
    }

    @GetMapping("/beheer/{slug}/inwonerpool/leden/{memberId}")
    String showMember(Authentication authentication, @PathVariable String slug, @PathVariable String memberId,
                      @RequestParam(required = false) String toegevoegd, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        UUID id = CommitmentForm.uuid(memberId);
        Member member = id == null ? null : members.find(access.collaborationId(), id).orElse(null);
        if (member == null) {
            throw new NotFoundException();
        }
        // Opening a member shows contact details and limits: who looked is kept; viewers see no contact details.
        boolean shown = personalData.open(access, "pool member page", "pool_member", member.id());
        List<Invitation> invitations = this.invitations.of(access.collaborationId(), member.memberId());
        model.addAttribute("access", access);
        model.addAttribute("member", member);
        model.addAttribute("resident", PersonalDataViews.shown(shown,
                residents.find(access.collaborationId(), member.residentId()).orElseThrow()));
        model.addAttribute("contactShown", shown);
        model.addAttribute("consents", consents.current(member.memberId()));
        model.addAttribute("consentRecord", consents.record(member.memberId()));
        model.addAttribute("invitations", invitations);
        model.addAttribute("activities", activities.activities(access.collaborationId(), invitations));
        model.addAttribute("commitments", commitments.ofMember(access.collaborationId(), member.id()));
        model.addAttribute("today", activities.today());
        model.addAttribute("zone", activities.zone());
        model.addAttribute("added", toegevoegd != null);
        model.addAttribute("canPropose", access.can(Role.PROFESSIONAL));
        return MEMBER_VIEW;
    }

    private String addForm(Model model, CollaborationAccess access, MemberForm form, String query,
                           Map<String, String> errors) {
        UUID picked = form.residentId();
        Resident resident = picked == null ? null
                : residents.find(access.collaborationId(), picked).filter(r -> !r.erased()).orElse(null);
        model.addAttribute("access", access);
        model.addAttribute("form", form);
        model.addAttribute("profile", form.profile());
        model.addAttribute("picked", resident);
        model.addAttribute("query", query);
        List<Residents.ResidentRow> found = query == null || query.isBlank() ? List.of()
                : residents.search(access.collaborationId(), query, null, 20);
        if (!found.isEmpty() || resident != null) {
            personalData.open(access, "resident search to add to pool", "collaboration", access.collaborationId());
        }
        model.addAttribute("found", found);
        model.addAttribute("channels", MemberForm.CHANNELS);
        model.addAttribute("consentChoices", STAFF_CONSENT);
        model.addAttribute("organisations", collaborations.registeredOrganisations(access.collaborationId()));
        model.addAttribute("today", activities.today());
        model.addAttribute("errors", errors);
        return ADD_VIEW;
    }

    private Map<UUID, Resident> people(UUID collaborationId, List<Member> list, boolean shown) {
        return residents.find(collaborationId, list.stream().map(Member::residentId).toList()).stream()
                .map(r -> PersonalDataViews.shown(shown, r))
                .collect(Collectors.toMap(Resident::id, Function.identity()));
    }

    static Long parseBefore(String before) {
        if (before == null || before.isBlank() || before.length() > 18 || !before.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(before);
    }
}
