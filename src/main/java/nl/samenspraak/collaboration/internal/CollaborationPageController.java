package nl.samenspraak.collaboration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationAdminPage;
import nl.samenspraak.collaboration.Collaborations.RegisteredOrganisation;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.FormErrors;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One collaboration as the platform administrator sees it, and the buttons that add or remove its member
 * organisations. The staff on the same page are the account module's ({@code StaffAdminController}).
 */
@Controller
class CollaborationPageController {

    private final Collaborations collaborations;
    private final CollaborationAdminPage page;
    private final MessageSource messages;

    CollaborationPageController(Collaborations collaborations, CollaborationAdminPage page, MessageSource messages) {
        this.collaborations = collaborations;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/admin/samenwerkingsverbanden/{slug}")
    String showCollaboration(@PathVariable String slug, Model model) {
        return page.render(model, find(slug));
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/organisaties")
    String processOrganisationForm(@PathVariable String slug, @ModelAttribute OrganisationForm typed,
                                   Principal admin, Locale locale, Model model,
                                   RedirectAttributes redirect, HttpServletResponse response) {
        Collaboration collaboration = find(slug);
        OrganisationForm form = typed.cleaned();
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("organisationForm", form);
            model.addAttribute("organisationErrors", FormErrors.resolve(messages, errors, locale));
            return page.render(model, collaboration);
        }
        collaborations.addOrganisation(collaboration.id(), form.organisation(), admin.getName());
        redirect.addFlashAttribute("organisationAdded", form.organisationName());
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug() + "#organisaties";
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/organisaties/{organisationId}/verwijderen")
    String removeOrganisation(@PathVariable String slug, @PathVariable UUID organisationId,
                              Principal admin, RedirectAttributes redirect) {
        Collaboration collaboration = find(slug);
        RegisteredOrganisation organisation = collaborations.registeredOrganisations(collaboration.id()).stream()
                .filter(o -> o.id().equals(organisationId)).findFirst().orElseThrow(NotFoundException::new);
        if (!collaborations.removeOrganisation(collaboration.id(), organisationId, admin.getName())) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("organisationRemoved", organisation.name());
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug() + "#organisaties";
    }

    private Collaboration find(String slug) {
        return collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }
}
