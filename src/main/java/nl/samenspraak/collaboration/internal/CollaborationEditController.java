package nl.samenspraak.collaboration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
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
 * The platform administrator changes a collaboration's name, region, description, target groups, the licence of
 * its open data, the phone number and postal address that letters give residents, and whether payments need a second coordinator. Deliberately not the coordinators themselves: the four-eyes rule guards
 * against one coordinator, so that coordinator must not be able to switch it off.
 */
@Controller
class CollaborationEditController {

    static final String VIEW = "collaboration/collaboration-edit";

    private final Collaborations collaborations;
    private final MessageSource messages;

    CollaborationEditController(Collaborations collaborations, MessageSource messages) {
        this.collaborations = collaborations;
        this.messages = messages;
    }

    @GetMapping("/admin/samenwerkingsverbanden/{slug}/bewerken")
    String initUpdateForm(@PathVariable String slug, Model model) {
        Collaboration collaboration = find(slug);
        return render(model, collaboration,
                CollaborationProfileForm.of(collaboration, collaborations.paymentFourEyes(collaboration.id()),
                        collaborations.licence(collaboration.id()), collaborations.contact(collaboration.id())), Map.of());
    }

    @PostMapping("/admin/samenwerkingsverbanden/{slug}/bewerken")
    String processUpdateForm(@PathVariable String slug, @ModelAttribute("form") CollaborationProfileForm typed,
                             Principal admin, Locale locale, Model model,
                             RedirectAttributes redirect, HttpServletResponse response) {
        Collaboration collaboration = find(slug);
        CollaborationProfileForm form = typed.cleaned();
        Map<String, String> errors = form.validate();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, collaboration, form, FormErrors.resolve(messages, errors, locale));
        }
        collaborations.update(collaboration.id(), form.name(), form.region(), form.description(),
                form.targetGroupList(), admin.getName());
        collaborations.setPaymentFourEyes(collaboration.id(), form.paymentFourEyes(), admin.getName());
        form.openDataLicence().ifPresent(licence -> collaborations.setLicence(collaboration.id(), licence, admin.getName()));
        form.contact().ifPresent(contact -> collaborations.setContact(collaboration.id(), contact, admin.getName()));
        redirect.addFlashAttribute("updated", true);
        return "redirect:/admin/samenwerkingsverbanden/" + collaboration.slug();
    }

    private Collaboration find(String slug) {
        return collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
    }

    private String render(Model model, Collaboration collaboration, CollaborationProfileForm form,
                          Map<String, String> errors) {
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("licences", OpenDataLicence.values());
        return VIEW;
    }
}
