package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff see the claims; a coordinator approves or rejects them, seeing how an allowance relates to
 * the tax-free limits first. Receipts are served only here, as downloads, and every view is audited.
 */
@Controller
class ClaimStaffController {

    static final String LIST_VIEW = "reimbursement/staff/list";
    static final String CLAIM_VIEW = "reimbursement/staff/claim";
    static final String TOTALS_VIEW = "reimbursement/staff/totals";
    static final int PAGE = 50;

    private final StaffAccess staffAccess;
    private final Claims claims;
    private final Decisions decisions;
    private final Residents residents;
    private final Limits limits;
    private final AllowanceTotals totals;
    private final ClaimErrors errors;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataViews personalData;

    ClaimStaffController(StaffAccess staffAccess, Claims claims, Decisions decisions, Residents residents, Limits limits,
                         AllowanceTotals totals, ClaimErrors errors, AuditTrail audit, JdbcClient jdbc, Clock clock,
                         PersonalDataViews personalData) {
        this.personalData = personalData;
        this.staffAccess = staffAccess;
        this.claims = claims;
        this.decisions = decisions;
        this.residents = residents;
        this.limits = limits;
        this.totals = totals;
        this.errors = errors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/vergoedingen")
    String showClaims(Authentication authentication, @PathVariable String slug,
                      @RequestParam(name = "status", required = false) String status,
                      @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        ClaimStatus shown = parseStatus(status);
        List<Claim> page = claims.page(access.collaborationId(), shown, before, PAGE + 1);
        boolean more = page.size() > PAGE;
        page = more ? page.subList(0, PAGE) : page;
        model.addAttribute("access", access);
        model.addAttribute("status", shown);
        model.addAttribute("statuses", List.of(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, ClaimStatus.REJECTED));
        model.addAttribute("claims", page);
        model.addAttribute("names", names(access, page.stream().map(Claim::residentId).distinct().toList()));
        if (!page.isEmpty()) {
            personalData.open(access, "claims list", "collaboration", access.collaborationId());
        }
        model.addAttribute("nextBefore", more ? page.getLast().seq() : null);
        model.addAttribute("canDecide", access.can(Role.COORDINATOR));
        return LIST_VIEW;
    }

    @GetMapping("/beheer/{slug}/vergoedingen/{claimId}")
    String showClaim(Authentication authentication, @PathVariable String slug, @PathVariable UUID claimId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Claim claim = claims.find(access.collaborationId(), claimId).orElseThrow(NotFoundException::new);
        return claimPage(model, access, claim, Map.of(), null);
    }

    @PostMapping("/beheer/{slug}/vergoedingen/{claimId}/goedkeuren")
    String processApproval(Authentication authentication, @PathVariable String slug, @PathVariable UUID claimId,
                           @RequestParam(name = "confirmOverLimit", required = false) String confirm, Model model,
                           Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Claim claim = claims.find(access.collaborationId(), claimId).orElseThrow(NotFoundException::new);
        try {
            var delivery = decisions.approve(access.collaborationId(), claim.claimId(), "true".equals(confirm), access.actor());
            return decided(redirect, access, claim, delivery);
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return claimPage(model, access, claim, errors.of(e, locale), null);
        }
    }

    @PostMapping("/beheer/{slug}/vergoedingen/{claimId}/afwijzen")
    String processRejection(Authentication authentication, @PathVariable String slug, @PathVariable UUID claimId,
                            @RequestParam(name = "reason", required = false) String reason, Model model, Locale locale,
                            HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Claim claim = claims.find(access.collaborationId(), claimId).orElseThrow(NotFoundException::new);
        try {
            var delivery = decisions.reject(access.collaborationId(), claim.claimId(), reason, access.actor());
            return decided(redirect, access, claim, delivery);
        } catch (InvalidClaimException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return claimPage(model, access, claim, errors.of(e, locale), reason);
        }
    }

    @GetMapping("/beheer/{slug}/vergoedingen/{claimId}/bon")
    ResponseEntity<byte[]> downloadReceipt(Authentication authentication, @PathVariable String slug,
                                           @PathVariable UUID claimId) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Claim claim = claims.find(access.collaborationId(), claimId).orElseThrow(NotFoundException::new);
        Receipt receipt = jdbc.sql("""
                SELECT content_type, display_name, bytes FROM reimbursement_receipt
                WHERE claim_id = :id AND collaboration_id = :c
                """)
                .param("id", claim.id()).param("c", access.collaborationId())
                .query((rs, n) -> new Receipt(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(NotFoundException::new);
        audit.record(access.collaborationId(), access.actor(), "reimbursement.receipt.view", "reimbursement_claim",
                claim.id(), "downloaded");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(receipt.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bon-" + claim.endToEndId().substring(0, 8) + "." + receipt.extension())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(receipt.bytes());
    }

    @GetMapping("/beheer/{slug}/vergoedingen/totalen")
    String showTotals(Authentication authentication, @PathVariable String slug,
                      @RequestParam(name = "jaar", required = false) Integer year, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
        List<AllowanceTotals.Row> rows = totals.perResident(access.collaborationId(), shown, 500);
        model.addAttribute("access", access);
        model.addAttribute("year", shown);
        model.addAttribute("limits", limits.forYear(shown).orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("names", names(access, rows.stream().map(AllowanceTotals.Row::residentId).toList()));
        if (!rows.isEmpty()) {
            personalData.open(access, "allowance totals", "collaboration", access.collaborationId());
        }
        return TOTALS_VIEW;
    }

    private String decided(RedirectAttributes redirect, CollaborationAccess access, Claim claim, Object delivery) {
        redirect.addAttribute("slug", access.slug());
        redirect.addAttribute("id", claim.id());
        redirect.addAttribute("besloten", delivery.toString());
        return "redirect:/beheer/{slug}/vergoedingen/{id}";
    }

    private String claimPage(Model model, CollaborationAccess access, Claim claim, Map<String, String> formErrors,
                             String reason) {
        Resident resident = residents.find(access.collaborationId(), claim.residentId()).orElseThrow(NotFoundException::new);
        // Name, contact details and bank account of the claimant: each look is audited.
        personalData.open(access, "claim page", "reimbursement_claim", claim.id());
        model.addAttribute("access", access);
        model.addAttribute("claim", claim);
        model.addAttribute("resident", resident);
        model.addAttribute("check", decisions.check(claim).orElse(null));
        model.addAttribute("canDecide", access.can(Role.COORDINATOR) && claim.decidable());
        model.addAttribute("errors", formErrors);
        model.addAttribute("reason", reason);
        return CLAIM_VIEW;
    }

    private Map<UUID, String> names(CollaborationAccess access, List<UUID> ids) {
        return residents.find(access.collaborationId(), ids).stream()
                .collect(Collectors.toMap(Resident::id, r -> r.erased() ? "—" : r.displayName(), (a, b) -> a));
    }

    private static ClaimStatus parseStatus(String status) {
        try {
            return status == null ? ClaimStatus.SUBMITTED : ClaimStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return ClaimStatus.SUBMITTED;
        }
    }
}
