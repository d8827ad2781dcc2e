package nl.samenspraak.collaboration.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.security.Principal;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationStaff;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.platform.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's list of collaborations and the form to start a new one.
 * The staff count per collaboration comes from {@link CollaborationStaff}, which the account module
 * implements, so this module does not depend on accounts. Only ROLE_ADMIN reaches /admin/**.
 */
@Controller
class CollaborationAdminController {

    static final String VIEW = "collaboration/collaborations";

    private final Collaborations collaborations;
    private final ObjectProvider<CollaborationStaff> staff;
    private final MessageSource messages;

    CollaborationAdminController(Collaborations collaborations, ObjectProvider<CollaborationStaff> staff,
                                 MessageSource messages) {
        this.collaborations = collaborations;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String showCollaborations(Model model) {
        return render(model, CollaborationForm.empty(), Map.of());
    }

    @PostMapping("/admin/samenwerkingsverbanden")
    String processCreationForm(WebRequest request, Principal admin, Locale locale,
                               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CollaborationForm form = CollaborationForm.from(request);
        Map<String, String> errors = form.validate();
        if (errors.isEmpty()) {
            try {
                Collaboration created = collaborations.create(form.slug(), form.name(), form.region(),
                        form.description(), form.targetGroupList(), form.memberOrganisations(), admin.getName());
                redirect.addFlashAttribute("created", true);
                return "redirect:/admin/samenwerkingsverbanden/" + created.slug();
            } catch (Collaborations.SlugTakenException e) {
                errors = new LinkedHashMap<>(errors);
                errors.put("slug", "collaboration.error.slugTaken");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(model, form, FormErrors.resolve(messages, errors, locale));
    }

    private String render(Model model, CollaborationForm form, Map<String, String> errors) {
        model.addAttribute("collaborations", collaborations.all());
        model.addAttribute("staffCounts", staff.stream().findFirst().map(CollaborationStaff::countsPerCollaboration).orElse(Map.of()));
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rowsToShow());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("errors", errors);
        return VIEW;
    }
}
