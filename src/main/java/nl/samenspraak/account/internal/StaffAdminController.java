package nl.samenspraak.account.internal;

import nl.samenspraak.account.SecondFactor;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.account.StaffUser;
import nl.samenspraak.platform.FormErrors;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationAdminPage;
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
 * The staff of one collaboration as the platform administrator manages them: the form that gives a person a role
 * there (making an account when the e-mail address is new) and the buttons that end a role, reset a second step
 * or invite again. The page itself is the collaboration module's ({@link CollaborationAdminPage}).
 */
@Controller
class StaffAdminController {

    private final Collaborations collaborations;
    private final CollaborationAdminPage page;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final SecondFactor factor;
    private final AccountSessions sessions;
    private final PasswordResets resets;

    StaffAdminController(Collaborations collaborations, CollaborationAdminPage page, StaffAccounts accounts,
                         MessageSource messages, SecondFactor factor, AccountSessions sessions, PasswordResets resets) {
        this.page = page;
        this.resets = resets;
        this.sessions = sessions;
        this.collaborations = collaborations;
        this.accounts = accounts;
        this.messages = messages;
        this.factor = factor;
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/medewerkers")
    String processStaffForm(@PathVariable String slug, @ModelAttribute("form") StaffMemberForm typed,
                            @AuthenticationPrincipal StaffUser admin, Locale locale, Model model,
                            RedirectAttributes redirect, HttpServletResponse response) {
        Collaboration collaboration = find(slug);
        StaffMemberForm form = typed.cleaned();
        boolean invited = false;
        Map<String, String> errors = form.validate();
        UUID staffId = null;
        if (errors.isEmpty()) {
            staffId = accounts.idByEmail(form.email()).orElse(null);
            if (staffId == null) {
                errors = form.validateNewAccount();
            }
        }
        if (errors.isEmpty()) {
            if (staffId == null) {
                try {
                    staffId = accounts.createInvited(form.email(), form.displayName(), admin.email());
                    invited = true;
                } catch (StaffAccounts.EmailTakenException e) {
                    // Someone made the same account a moment ago; then the role goes to that account.
                    staffId = accounts.idByEmail(form.email()).orElseThrow(() -> e);
                }
            }
            try {
                accounts.assign(staffId, collaboration.id(), form.roleValue(), admin.email());
                if (invited) {
                    // After the role: the mail names the collaboration the person is invited to.
                    resets.invite(staffId, collaboration.id(), collaboration.name(), admin.email());
                    redirect.addFlashAttribute("invited", form.email());
                } else {
                    // An existing account keeps its password and gets no mail: it can already log in.
                    redirect.addFlashAttribute("granted", form.email());
                }
                return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug();
            } catch (StaffAccounts.LastCoordinatorException e) {
                errors = Map.of("role", "account.admin.error.lastCoordinatorRole");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.resolve(messages, errors, locale));
        return page.render(model, collaboration);
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/medewerkers/{staffId}/intrekken")
    String revokeRole(@PathVariable String slug, @PathVariable UUID staffId, @AuthenticationPrincipal StaffUser admin,
                      Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Collaboration collaboration = find(slug);
        StaffAccounts.StaffMember member = accounts.staffOf(collaboration.id()).stream()
                .filter(m -> m.id().equals(staffId)).findFirst().orElseThrow(NotFoundException::new);
        try {
            if (!accounts.revoke(staffId, collaboration.id(), admin.email())) {
                throw new NotFoundException();
            }
        } catch (StaffAccounts.LastCoordinatorException e) {
            // 409: the request was understood, but would leave residents without their fixed contact person.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("revokeErrors", FormErrors.resolve(messages,
                    Map.of(revokeButtonId(staffId), "account.admin.error.lastCoordinator"), locale));
            return page.render(model, collaboration);
        }
        redirect.addFlashAttribute("revoked", member.email());
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug() + "#medewerkers";
    }

    /**
     * Takes away a lost second factor (a new phone, a lost one). The person's sessions end, so
     * a stolen phone's session is over too, and at the next login they must enrol again.
     */
    @PostMapping("/admin/samenwerkingsverbanden/{slug}/medewerkers/{staffId}/tweede-stap-wissen")
    String resetSecondFactor(@PathVariable String slug, @PathVariable UUID staffId, @AuthenticationPrincipal StaffUser admin,
                             RedirectAttributes redirect) {
        Collaboration collaboration = find(slug);
        StaffAccounts.StaffMember member = accounts.staffOf(collaboration.id()).stream()
                .filter(m -> m.id().equals(staffId)).findFirst().orElseThrow(NotFoundException::new);
        if (factor.reset(staffId, admin.email())) {
            sessions.endAll(member.email());
        }
        redirect.addFlashAttribute("secondFactorReset", member.email());
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug() + "#medewerkers";
    }

    /**
     * A fresh invitation for someone who has not yet chosen a password, for when the link
     * expired. Someone who has chosen one meanwhile gets nothing: they can already log in.
     */
    @PostMapping("/admin/samenwerkingsverbanden/{slug}/medewerkers/{staffId}/uitnodiging")
    String processInvitationAgain(@PathVariable String slug, @PathVariable UUID staffId,
                                  @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        Collaboration collaboration = find(slug);
        StaffAccounts.StaffMember member = accounts.staffOf(collaboration.id()).stream()
                .filter(m -> m.id().equals(staffId)).findFirst().orElseThrow(NotFoundException::new);
        if (resets.waitingForPassword(collaboration.id()).containsKey(staffId)) {
            resets.invite(staffId, collaboration.id(), collaboration.name(), admin.email());
            redirect.addFlashAttribute("invited", member.email());
        } else {
            redirect.addFlashAttribute("invitationNotNeeded", member.email());
        }
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug() + "#medewerkers";
    }

    static String revokeButtonId(UUID staffId) {
        return "intrekken-" + staffId;
    }

    private Collaboration find(String slug) {
        return collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
