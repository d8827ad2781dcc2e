package nl.samenspraak.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One collaboration as the platform administrator sees it: its organisations and staff,
 * and the form that gives a person a role there (making an account when the e-mail
 * address is new).
 */
@Controller
class StaffAdminController {

    static final String VIEW = "admin/collaboration";

    private final Collaborations collaborations;
    private final StaffAccounts accounts;
    private final MessageSource messages;

    StaffAdminController(Collaborations collaborations, StaffAccounts accounts, MessageSource messages) {
        this.collaborations = collaborations;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/admin/samenwerkingsverbanden/{slug}")
    String showCollaboration(@PathVariable String slug, Model model) {
        return render(model, find(slug), StaffMemberForm.empty(), Map.of());
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/medewerkers")
    String processStaffForm(@PathVariable String slug, @ModelAttribute("form") StaffMemberForm typed,
                            @AuthenticationPrincipal StaffUser admin, Locale locale, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        Collaboration collaboration = find(slug);
        StaffMemberForm form = typed.cleaned();
        Map<String, String> errors = form.validate();
        UUID staffId = null;
        if (errors.isEmpty()) {
            staffId = accounts.idByEmail(form.email()).orElse(null);
            if (staffId == null) {
                errors = form.validateNewAccount();
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, collaboration, form.withoutPassword(), AdminMessages.resolve(messages, errors, locale));
        }
        if (staffId == null) {
            staffId = createOrFind(form, admin);
        }
        accounts.grant(staffId, collaboration.id(), form.roleValue(), admin.email());
        redirect.addFlashAttribute("granted", form.email());
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug();
    }

    /** Someone may have made the same account a moment ago; then the role goes to that account. */
    private UUID createOrFind(StaffMemberForm form, StaffUser admin) {
        try {
            return accounts.create(form.email(), form.displayName(), form.password(), false, admin.email());
        } catch (StaffAccounts.EmailTakenException e) {
            return accounts.idByEmail(form.email()).orElseThrow(() -> e);
        }
    }

    private Collaboration find(String slug) {
        return collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private String render(Model model, Collaboration collaboration, StaffMemberForm form, Map<String, String> errors) {
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("organisations", collaborations.organisations(collaboration.id()));
        model.addAttribute("staff", accounts.staffOf(collaboration.id()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
