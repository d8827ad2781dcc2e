package nl.samenspraak.account.internal;

import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.account.StaffUser;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.AuditTrail.ChainCheck;
import nl.samenspraak.platform.AuditTrail.Entry;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail to read and to check: a coordinator sees their collaboration's entries,
 * a platform administrator every entry. "Check the chain" recomputes the whole hash chain
 * (one chain over all entries, so a coordinator's check covers everyone's) and says in
 * plain words whether it is whole or where it breaks, and how many entries are not sealed
 * into it yet (one waiting longer than a minute is a finding); a break in an entry of another
 * collaboration, like an entry waiting for its seal, is named by number only. Checking is a read, so it is a GET (a button in
 * a GET form); each check is itself written to the trail, with its outcome.
 */
@Controller
class AuditTrailController {

    static final String VIEW = "account/audit-trail";
    static final int PAGE = 50;
    /** A check reads the whole table: enough for anyone who wants to be sure, too few to wear the database down. */
    static final int CHECKS_PER_WINDOW = 10;
    static final java.time.Duration CHECK_WINDOW = java.time.Duration.ofMinutes(10);

    private final StaffAccess staffAccess;
    private final AuditTrail audit;
    private final Collaborations collaborations;
    private final RateLimiter limiter;

    AuditTrailController(StaffAccess staffAccess, AuditTrail audit, Collaborations collaborations, RateLimiter limiter) {
        this.staffAccess = staffAccess;
        this.audit = audit;
        this.collaborations = collaborations;
        this.limiter = limiter;
    }

    @GetMapping("/beheer/{slug}/logboek")
    String showCollaborationTrail(Authentication authentication, @PathVariable String slug,
                                  @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return render(model, access, audit.newestFirst(access.collaborationId(), before, PAGE + 1), null);
    }

    @GetMapping("/beheer/{slug}/logboek/controle")
    String showCollaborationCheck(Authentication authentication, @PathVariable String slug, Model model,
                                  HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        ChainCheck check = checkAndRecord(access.collaborationId(), access.actor(), model, response);
        return render(model, access, audit.newestFirst(access.collaborationId(), null, PAGE + 1), check);
    }

    @GetMapping("/admin/logboek")
    String showPlatformTrail(@RequestParam(name = "voor", required = false) Long before, Model model) {
        return render(model, null, audit.newestFirstOnPlatform(before, PAGE + 1), null);
    }

    @GetMapping("/admin/logboek/controle")
    String showPlatformCheck(@AuthenticationPrincipal StaffUser admin, Model model, HttpServletResponse response) {
        ChainCheck check = checkAndRecord(null, admin.email(), model, response);
        return render(model, null, audit.newestFirstOnPlatform(null, PAGE + 1), check);
    }

    /** Null (and a 429 with an explanation on the page) when this person checked too often just now. */
    private ChainCheck checkAndRecord(UUID collaborationId, String actor, Model model, HttpServletResponse response) {
        if (!limiter.tryAcquire("audit-verify:" + actor, CHECKS_PER_WINDOW, CHECK_WINDOW)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("checkedTooOften", true);
            return null;
        }
        ChainCheck check = audit.verify();
        if (!check.intact()) {
            audit.record(collaborationId, actor, "audit.verify", "audit_entry", check.broken().entryId(),
                    "broken: " + check.broken().reason());
        } else {
            audit.record(collaborationId, actor, "audit.verify", "audit_entry", check.overdueId(),
                    "intact, " + check.checked() + " entries, " + check.unsealed() + " not sealed yet"
                            + (check.sealingOverdue() ? ", sealing overdue" : ""));
        }
        return check;
    }

    private String render(Model model, CollaborationAccess access, List<Entry> rows, ChainCheck check) {
        boolean more = rows.size() > PAGE;
        List<Entry> page = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("access", access);
        model.addAttribute("entries", page);
        model.addAttribute("nextBefore", more ? page.getLast().id() : null);
        model.addAttribute("check", check);
        // A coordinator may read the broken entry only when it is one of their own.
        model.addAttribute("brokenEntryShown", check != null && !check.intact() && check.broken().entry() != null
                && (access == null || access.collaborationId().equals(check.broken().entry().collaborationId())));
        if (access == null) {
            model.addAttribute("collaborationNames", collaborations.all().stream()
                    .collect(Collectors.toMap(Collaboration::id, Collaboration::name, (a, b) -> a)));
        } else {
            model.addAttribute("collaborationNames", Map.<UUID, String>of());
        }
        return VIEW;
    }
}
