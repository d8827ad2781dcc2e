package nl.samenspraak.resident;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff find a resident, see their contact details (never their "who is at the table"
 * answers), and export or erase their data for them, e.g. after a phone call or a letter.
 * Every look at a resident's details is audited.
 */
@Controller
class ResidentStaffController {

    static final String LIST_VIEW = "resident/staff/list";
    static final String DETAIL_VIEW = "resident/staff/detail";
    static final String ERASE_VIEW = "resident/staff/erase";
    static final int PAGE = 50;

    private final StaffAccess staffAccess;
    private final Residents residents;
    private final PersonalData personalData;
    private final ExportRenderer renderer;
    private final AuditTrail audit;
    private final MessageSource messages;

    ResidentStaffController(StaffAccess staffAccess, Residents residents, PersonalData personalData,
                            ExportRenderer renderer, AuditTrail audit, MessageSource messages) {
        this.staffAccess = staffAccess;
        this.residents = residents;
        this.personalData = personalData;
        this.renderer = renderer;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/beheer/{slug}/inwoners")
    String showList(Authentication authentication, @PathVariable String slug, @RequestParam(required = false) String q,
                    @RequestParam(name = "voor", required = false) Long before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        List<Residents.ResidentRow> rows = residents.search(access.collaborationId(), q, before, PAGE + 1);
        boolean more = rows.size() > PAGE;
        List<Residents.ResidentRow> page = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("access", access);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("rows", page);
        model.addAttribute("nextBefore", more ? page.getLast().seq() : null);
        return LIST_VIEW;
    }

    @GetMapping("/beheer/{slug}/inwoners/{id}")
    String showResident(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Resident resident = personalData.living(access.collaborationId(), id);
        audit.record(access.collaborationId(), access.actor(), "resident.view", "resident", id, "ok");
        model.addAttribute("access", access);
        model.addAttribute("resident", resident);
        model.addAttribute("canErase", access.can(Role.COORDINATOR));
        return DETAIL_VIEW;
    }

    @PostMapping("/beheer/{slug}/inwoners/{id}/export")
    ResponseEntity<byte[]> export(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                                  @RequestParam(required = false) String format, Locale locale) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        var view = renderer.view(personalData.export(access.collaborationId(), id, PersonalData.Proof.STAFF), locale);
        boolean json = "json".equals(format);
        audit.record(access.collaborationId(), access.actor(), "resident.export", "resident", id, json ? "json" : "html");
        return ResponseEntity.ok()
                .contentType(json ? MediaType.APPLICATION_JSON : new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gegevens-inwoner." + (json ? "json" : "html")).build().toString())
                .body(json ? renderer.json(view) : renderer.html(view, locale));
    }

    @GetMapping("/beheer/{slug}/inwoners/{id}/wissen")
    String showEraseConfirmation(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                                 Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return erasePage(model, access, personalData.living(access.collaborationId(), id), Map.of());
    }

    @PostMapping("/beheer/{slug}/inwoners/{id}/wissen")
    String processErase(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                        @RequestParam(required = false) String confirm, Model model, Locale locale,
                        HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Resident resident = personalData.living(access.collaborationId(), id);
        if (!"ja".equals(confirm)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("confirm", messages.getMessage("resident.staff.error.confirm", null, locale));
            return erasePage(model, access, resident, errors);
        }
        personalData.erase(access.collaborationId(), id, PersonalData.Proof.STAFF, access.actor());
        redirect.addAttribute("slug", access.slug());
        return "redirect:/beheer/{slug}/inwoners?gewist";
    }

    private String erasePage(Model model, CollaborationAccess access, Resident resident, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("resident", resident);
        model.addAttribute("errors", errors);
        return ERASE_VIEW;
    }
}
