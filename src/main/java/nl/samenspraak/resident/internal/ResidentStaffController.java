package nl.samenspraak.resident.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.PersonalLinkMask;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff find a resident, see their contact details (never their "who is at the table"
 * answers), and export or erase their data for them, e.g. after a phone call or a letter.
 * Every look at a resident's details is audited.
 *
 * <p>Acting for a resident is the "on behalf of" path: only a coordinator, only with a written
 * reason, and the audit entry names the staff member and that reason. It replaces what a staff
 * member might otherwise do with the resident's own personal link, which staff never see.
 */
@Controller
class ResidentStaffController {

    static final String LIST_VIEW = "resident/staff/list";
    static final String DETAIL_VIEW = "resident/staff/detail";
    static final String ERASE_VIEW = "resident/staff/erase";
    static final String ON_BEHALF_VIEW = "resident/staff/on-behalf";
    static final int PAGE = 50;
    static final int REASON_MAX = 500;
    static final List<String> FORMATS = List.of("html", "json");

    private final StaffAccess staffAccess;
    private final Residents residents;
    private final PersonalData personalData;
    private final ExportRenderer renderer;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final PersonalDataViews views;

    ResidentStaffController(StaffAccess staffAccess, Residents residents, PersonalData personalData,
                            ExportRenderer renderer, AuditTrail audit, MessageSource messages, PersonalDataViews views) {
        this.views = views;
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
        if (!page.isEmpty()) {
            // Names, e-mail addresses and phone numbers of residents: who looked is kept.
            views.open(access, "residents list", "collaboration", access.collaborationId());
        }
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
        model.addAttribute("canActOnBehalf", access.can(Role.COORDINATOR));
        return DETAIL_VIEW;
    }

    @GetMapping("/beheer/{slug}/inwoners/{id}/namens")
    String showOnBehalf(Authentication authentication, @PathVariable String slug, @PathVariable UUID id, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return onBehalfPage(model, access, personalData.living(access.collaborationId(), id), "", "html", Map.of());
    }

    /** Downloads everything about the resident for them; without a reason nothing is exported. */
    @PostMapping("/beheer/{slug}/inwoners/{id}/export")
    ModelAndView export(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                        @RequestParam(required = false) String format, @RequestParam(required = false) String reason,
                        Locale locale, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Resident resident = personalData.living(access.collaborationId(), id);
        String chosen = FORMATS.contains(format) ? format : "html";
        String cleaned = Text.clean(reason);
        Map<String, String> errors = reasonErrors(cleaned, locale);
        if (!errors.isEmpty()) {
            onBehalfPage(model, access, resident, cleaned, chosen, errors);
            return new ModelAndView(ON_BEHALF_VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        onBehalf(access, id, "export-" + chosen, cleaned);
        var view = renderer.view(personalData.export(access.collaborationId(), id, PersonalData.Proof.STAFF), locale);
        boolean json = "json".equals(chosen);
        audit.record(access.collaborationId(), access.actor(), "resident.export", "resident", id, chosen);
        // The export quotes the mails sent to the resident; their personal links stay out of staff hands.
        byte[] body = PersonalLinkMask.maskLinks(new String(json ? renderer.json(view) : renderer.html(view, locale),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String type = json ? MediaType.APPLICATION_JSON_VALUE : "text/html;charset=UTF-8";
        String disposition = ContentDisposition.attachment().filename("gegevens-inwoner." + chosen).build().toString();
        // A view that writes the file: the same handler answers a form with errors as a page, or the download.
        return new ModelAndView((View) (m, request, response) -> {
            response.setContentType(type);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition);
            // The resident's whole record: never kept in a shared cache.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getOutputStream().write(body);
        });
    }

    @GetMapping("/beheer/{slug}/inwoners/{id}/wissen")
    String showEraseConfirmation(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                                 Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        return erasePage(model, access, personalData.living(access.collaborationId(), id), Map.of());
    }

    @PostMapping("/beheer/{slug}/inwoners/{id}/wissen")
    String processErase(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                        @RequestParam(required = false) String confirm, @RequestParam(required = false) String reason,
                        Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.COORDINATOR);
        Resident resident = personalData.living(access.collaborationId(), id);
        String cleaned = Text.clean(reason);
        Map<String, String> errors = new LinkedHashMap<>(reasonErrors(cleaned, locale));
        if (!"ja".equals(confirm)) {
            errors.put("confirm", messages.getMessage("resident.staff.error.confirm", null, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("reason", cleaned);
            return erasePage(model, access, resident, errors);
        }
        onBehalf(access, id, "erase", cleaned);
        personalData.erase(access.collaborationId(), id, PersonalData.Proof.STAFF, access.actor());
        redirect.addAttribute("slug", access.slug());
        return "redirect:/beheer/{slug}/inwoners?gewist";
    }

    private String erasePage(Model model, CollaborationAccess access, Resident resident, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("resident", resident);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", REASON_MAX);
        if (!model.containsAttribute("reason")) {
            model.addAttribute("reason", "");
        }
        return ERASE_VIEW;
    }

    private String onBehalfPage(Model model, CollaborationAccess access, Resident resident, String reason,
                                String format, Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("resident", resident);
        model.addAttribute("reason", reason);
        model.addAttribute("format", format);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("reasonMax", REASON_MAX);
        model.addAttribute("errors", errors);
        return ON_BEHALF_VIEW;
    }

    private Map<String, String> reasonErrors(String reason, Locale locale) {
        if (reason.isEmpty()) {
            return Map.of("reason", messages.getMessage("resident.onBehalf.error.reasonRequired", null, locale));
        }
        if (reason.length() > REASON_MAX) {
            return Map.of("reason", messages.getMessage("resident.onBehalf.error.reasonTooLong",
                    new Object[] {REASON_MAX, reason.length()}, locale));
        }
        return Map.of();
    }

    /** The audit entry of the "on behalf of" path: the staff member as actor, what they did, and why. */
    private void onBehalf(CollaborationAccess access, UUID residentId, String what, String reason) {
        audit.record(access.collaborationId(), access.actor(), "resident.on-behalf", "resident", residentId,
                what + ": " + reason);
    }
}
