package nl.samenspraak.roles.internal;

import java.util.Locale;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public role catalogue of a collaboration: what each role asks and offers, and how many hold it. No names. */
@Controller
class PublicRolesController {

    static final String VIEW = "roles/public-roles";

    private final Collaborations collaborations;
    private final RoleCatalogue catalogue;

    PublicRolesController(Collaborations collaborations, RoleCatalogue catalogue) {
        this.collaborations = collaborations;
        this.catalogue = catalogue;
    }

    @GetMapping("/samenwerkingen/{slug}/rollen")
    String showRoles(@PathVariable String slug, Model model, Locale locale) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("roles", catalogue.roles(collaboration.id(), false).stream()
                .map(r -> new RoleStaffController.RoleView(r, catalogue.name(r, locale), catalogue.expected(r, locale),
                        catalogue.offered(r, locale)))
                .toList());
        return VIEW;
    }
}
