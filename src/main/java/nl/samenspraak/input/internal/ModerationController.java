package nl.samenspraak.input.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.input.Moderation;
import nl.samenspraak.input.ModerationReason;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.PageKeys;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Processes;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Staff hide a published input, or a name or sentence in it, and show it again; and they work
 * through the reports residents sent. The input page (feedback's) links here.
 */
@Controller
class ModerationController {

    static final String HIDE_VIEW = "input/staff/hide";
    static final String REPORTS_VIEW = "input/staff/reports";
    static final int REPORTS_PAGE = 50;

    /** The hide form as typed: strings only, checked by {@link Moderation#hide}. */
    record HideForm(String part, String reason, String note) {
        static HideForm empty() {
            return new HideForm("", null, "");
        }
    }

    private final StaffAccess staffAccess;
    private final InputViews views;
    private final InputModeration moderation;
    private final Processes processes;
    private final FormErrors formErrors;

    ModerationController(StaffAccess staffAccess, InputViews views, InputModeration moderation, Processes processes,
                         FormErrors formErrors) {
        this.staffAccess = staffAccess;
        this.views = views;
        this.moderation = moderation;
        this.processes = processes;
        this.formErrors = formErrors;
    }

    @GetMapping("/beheer/{slug}/inbreng/{id}/verbergen")
    String initHideForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                        @RequestParam(name = "deel", required = false) String part, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        return hideForm(model, access, input, new HideForm(part == null ? "" : part, null, ""), Map.of());
    }

    @PostMapping("/beheer/{slug}/inbreng/{id}/verbergen")
    Object processHideForm(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                           @ModelAttribute("form") HideForm form, Model model, Locale locale,
                           HttpServletResponse response) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        try {
            moderation.hide(access.collaborationId(), input.id(), form.part(), form.reason(), form.note(), access.actor());
            return Redirects.seeOther("/beheer/" + access.slug() + "/inbreng/" + input.id() + "?verborgen#verbergen");
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return hideForm(model, access, input, form, formErrors.of(e, locale));
        }
    }

    @PostMapping("/beheer/{slug}/inbreng/{id}/zichtbaar")
    RedirectView processUnhide(Authentication authentication, @PathVariable String slug, @PathVariable UUID id,
                         @RequestParam(name = "hiding", required = false) String hiding) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        Long number = parseNumber(hiding);
        try {
            moderation.unhide(access.collaborationId(), input.id(), number, access.actor());
        } catch (InvalidInputException e) {
            // Shown again already (by a colleague, or a second click): the page shows how it is now.
        }
        return Redirects.seeOther("/beheer/" + access.slug() + "/inbreng/" + input.id() + "?zichtbaar#verbergen");
    }

    @GetMapping("/beheer/{slug}/meldingen")
    String showReports(Authentication authentication, @PathVariable String slug,
                       @RequestParam(name = "voor", required = false) String before, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        Long key = PageKeys.before(before);
        List<InputModeration.Report> reports = moderation.openReports(access.collaborationId(), key, REPORTS_PAGE + 1);
        boolean more = reports.size() > REPORTS_PAGE;
        List<InputModeration.Report> shown = more ? reports.subList(0, REPORTS_PAGE) : reports;
        model.addAttribute("access", access);
        model.addAttribute("reports", shown);
        model.addAttribute("nextBefore", more ? shown.getLast().id() : null);
        model.addAttribute("before", key);
        model.addAttribute("canModerate", access.can(Role.PROFESSIONAL));
        return REPORTS_VIEW;
    }

    @PostMapping("/beheer/{slug}/inbreng/{id}/meldingen/afwijzen")
    RedirectView processDismissReports(Authentication authentication, @PathVariable String slug,
                                       @PathVariable UUID id) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.PROFESSIONAL);
        Input input = views.find(access.collaborationId(), id).orElseThrow(NotFoundException::new);
        moderation.dismissReports(access.collaborationId(), input.id(), access.actor());
        return Redirects.seeOther("/beheer/" + access.slug() + "/meldingen?afgewezen");
    }

    private String hideForm(Model model, CollaborationAccess access, Input input, HideForm form,
                            Map<String, String> errors) {
        model.addAttribute("access", access);
        model.addAttribute("input", input);
        model.addAttribute("process", processes.find(access.collaborationId(), input.processId())
                .orElseThrow(NotFoundException::new));
        model.addAttribute("moderation", moderation.of(access.collaborationId(), input.id()));
        model.addAttribute("reasons", List.of(ModerationReason.values()));
        model.addAttribute("noteMax", Moderation.NOTE);
        model.addAttribute("partMax", nl.samenspraak.input.InputLimits.TEXT);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return HIDE_VIEW;
    }

    private static Long parseNumber(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L; // matches no hiding
        }
    }
}
