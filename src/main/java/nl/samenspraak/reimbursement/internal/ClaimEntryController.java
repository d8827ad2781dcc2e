package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.ContactChannel;

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

/**
 * Staff pick a resident, then either type over a paper claim form for them or give them their
 * personal claim link (sent in their channel and shown here once, to print).
 */
@Controller
class ClaimEntryController {

    static final String VIEW = "reimbursement/staff/entry";
    static final Duration LINK_VALID = Duration.ofDays(365);
    private static final int PAGE = 20;

    private final StaffAccess staffAccess;
    private final Residents residents;
    private final Claims claims;
    private final ClaimNotices notices;
    private final ClaimErrors errors;
    private final AuditTrail audit;
    private final PersonalDataViews personalData;

    ClaimEntryController(StaffAccess staffAccess, Residents residents, Claims claims, ClaimNotices notices,
                         ClaimErrors errors, AuditTrail audit, PersonalDataViews personalData) {
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.residents = residents;
        this.claims = claims;
        this.notices = notices;
        this.errors = errors;
        this.audit = audit;
    }

    @GetMapping("/beheer/{slug}/vergoedingen/nieuw")
    String initEntryForm(Authentication authentication, @PathVariable String slug,
                         @RequestParam(name = "zoek", required = false) String query,
                         @RequestParam(name = "voor", required = false) Long before,
                         @RequestParam(name = "inwoner", required = false) UUID residentId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Resident resident = residentId == null ? null : resident(access, residentId);
        return page(model, access, query, before, resident, ClaimForm.empty(), Map.of());
    }

    @PostMapping("/beheer/{slug}/vergoedingen/nieuw")
    String processEntryForm(Authentication authentication, @PathVariable String slug,
                            @RequestParam(name = "residentId", required = false) UUID residentId,
                            @ModelAttribute("form") ClaimForm form, Model model, Locale locale,
                            HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        if (residentId == null) {
            throw new NotFoundException();
        }
        Resident resident = resident(access, residentId);
        try {
            UUID id = claims.submit(access.collaborationId(), resident.id(), form.toDraft(), access.actor());
            audit.record(access.collaborationId(), access.actor(), "reimbursement.claim.enter", "reimbursement_claim", id,
                    "entered for resident");
            redirect.addAttribute("slug", access.slug());
            redirect.addAttribute("id", id);
            return "redirect:/beheer/{slug}/vergoedingen/{id}?ingevoerd";
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, null, null, resident, form, errors.of(e, locale));
        }
    }

    @PostMapping("/beheer/{slug}/vergoedingen/declaratielink")
    String processLink(Authentication authentication, @PathVariable String slug,
                       @RequestParam(name = "residentId", required = false) UUID residentId,
                       RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        if (residentId == null) {
            throw new NotFoundException();
        }
        Resident resident = resident(access, residentId);
        // The link goes only where the resident gets their own post or e-mail, never to the staff
        // member's screen: whoever holds it can claim money in the resident's name.
        if (resident.contactBy() != ContactChannel.EMAIL && resident.contactBy() != ContactChannel.POST) {
            redirect.addFlashAttribute("delivery", "NO_LINK");
        } else {
            String token = residents.issueLink(access.collaborationId(), resident.id(), ClaimLinkController.PURPOSE, null,
                    LINK_VALID);
            var delivery = notices.link(access.collaborationId(), resident.id(), token);
            audit.record(access.collaborationId(), access.actor(), "reimbursement.link.issue", "resident", resident.id(),
                    delivery.name());
            redirect.addFlashAttribute("delivery", delivery.name());
        }
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("inwoner", resident.id());
        return "redirect:/beheer/{slug}/vergoedingen/nieuw";
    }

    private Resident resident(CollaborationAccess access, UUID residentId) {
        return residents.find(access.collaborationId(), residentId).filter(r -> !r.erased())
                .orElseThrow(NotFoundException::new);
    }

    private String page(Model model, CollaborationAccess access, String query, Long before, Resident resident,
                        ClaimForm form, Map<String, String> formErrors) {
        model.addAttribute("access", access);
        model.addAttribute("query", query);
        model.addAttribute("resident", resident);
        if (resident == null) {
            List<Residents.ResidentRow> found = residents.search(access.collaborationId(), query, before, PAGE + 1);
            boolean more = found.size() > PAGE;
            found = more ? found.subList(0, PAGE) : found;
            model.addAttribute("found", found);
            model.addAttribute("nextBefore", more ? found.getLast().seq() : null);
            if (!found.isEmpty()) {
                personalData.open(access, "resident search to enter a claim", "collaboration", access.collaborationId());
            }
        } else {
            model.addAttribute("lastAccount", claims.lastAccount(access.collaborationId(), resident.id()).orElse(null));
            personalData.open(access, "claim entry form", "resident", resident.id());
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", formErrors);
        return VIEW;
    }
}
