package nl.samenspraak.collaboration;

import java.util.List;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.collaboration.internal.OrganisationForm;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * One collaboration as the platform administrator sees it: its profile and organisations, and the staff sections
 * another module adds ({@link CollaborationStaff}). Handlers of either module render the page through here, so
 * that a rejected form shows the whole page again with its errors.
 */
@Component
public class CollaborationAdminPage {

    static final String VIEW = "collaboration/collaboration";

    private final Collaborations collaborations;
    private final ObjectProvider<CollaborationStaff> staff;

    CollaborationAdminPage(Collaborations collaborations, ObjectProvider<CollaborationStaff> staff) {
        this.collaborations = collaborations;
        this.staff = staff;
    }

    /** Fills what a handler did not set itself (each form empty and without errors) and returns the view. */
    public String render(Model model, Collaboration collaboration) {
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("organisations", collaborations.registeredOrganisations(collaboration.id()));
        model.addAttribute("organisationTypes", OrganisationType.values());
        putIfAbsent(model, "organisationForm", OrganisationForm.empty());
        putIfAbsent(model, "organisationErrors", java.util.Map.of());
        List<CollaborationStaff> sections = staff.orderedStream().toList();
        model.addAttribute("staffTemplates", sections.stream().map(CollaborationStaff::adminTemplate).toList());
        sections.forEach(s -> s.addToAdminPage(model, collaboration));
        return VIEW;
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
