package nl.samenspraak.vision.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.resident.Residents;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator picks residents to invite to comment on the draft; each gets their own link in the
 * channel they chose. The page shows residents' names, so opening it is audited.
 */
@Controller
class VisionInviteController {

    static final String VIEW = "vision/staff/invite";
    static final int PAGE = 25;

    private final StaffAccess staffAccess;
    private final Residents residents;
    private final VisionInviting inviting;
    private final VisionInvitations invitations;
    private final AuditTrail audit;
    private final MessageSource messages;

    VisionInviteController(StaffAccess staffAccess, Residents residents, VisionInviting inviting,
                           VisionInvitations invitations, AuditTrail audit, MessageSource messages) {
        this.messages = messages;
        this.staffAccess = staffAccess;
        this.residents = residents;
        this.inviting = inviting;
        this.invitations = invitations;
        this.audit = audit;
    }

    @GetMapping("/beheer/{slug}/visie/uitnodigen")
    String showInvite(Authentication authentication, @PathVariable String slug,
                      @RequestParam(required = false) String zoek, @RequestParam(required = false) String voor, Model model, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return page(model, access, zoek, PageKeys.before(voor), Map.of(), locale);
    }

    @PostMapping("/beheer/{slug}/visie/uitnodigen")
    Object processInvite(Authentication authentication, @PathVariable String slug,
                         @RequestParam(name = "residentId", required = false) List<String> residentIds, Model model,
                         HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        List<UUID> ids = new ArrayList<>();
        boolean unreadable = false;
        for (String raw : residentIds == null ? List.<String>of() : residentIds) {
            Optional<UUID> id = Ids.parseUuid(raw);
            id.ifPresent(ids::add);
            unreadable |= id.isEmpty();
        }
        if (ids.isEmpty() || unreadable || ids.size() > VisionInviting.MAX_AT_ONCE) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, access, null, null, Map.of("residentId",
                    ids.size() > VisionInviting.MAX_AT_ONCE ? "vision.staff.invite.error.tooMany" : "vision.staff.invite.error.none"), locale);
        }
        List<VisionInviting.Sent> sent = inviting.invite(access, ids);
        redirect.addFlashAttribute("sent", sent);
        return Redirects.seeOther("/beheer/" + access.slug() + "/visie/uitnodigen?verstuurd");
    }

    private String page(Model model, CollaborationAccess access, String query, Long before, Map<String, String> errorKeys,
                        Locale locale) {
        UUID c = access.collaborationId();
        List<Residents.ResidentRow> found = residents.search(c, query, before, PAGE + 1);
        boolean more = found.size() > PAGE;
        List<Residents.ResidentRow> shown = more ? found.subList(0, PAGE) : found;
        audit.record(c, access.actor(), "vision.invite.view", "resident", c, shown.size() + " shown");
        model.addAttribute("access", access);
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("found", shown);
        model.addAttribute("nextKey", more ? String.valueOf(shown.getLast().seq()) : null);
        List<VisionInvitations.Invitation> latest = invitations.latest(c, PAGE);
        model.addAttribute("invited", latest.size());
        model.addAttribute("errors", FormErrors.resolve(messages, errorKeys, locale));
        return VIEW;
    }
}
