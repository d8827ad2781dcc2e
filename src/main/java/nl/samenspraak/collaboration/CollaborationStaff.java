package nl.samenspraak.collaboration;

import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;

/**
 * The staff of collaborations, as the module that keeps accounts knows them. The collaboration pages of the
 * platform administrator show it through this interface, so that this module does not depend on accounts.
 */
public interface CollaborationStaff {

    /** How many staff members each collaboration has, for the whole list at once. */
    Map<UUID, Integer> countsPerCollaboration();

    /** The template with the fragments {@code notices} and {@code staff} on a collaboration's page. */
    String adminTemplate();

    /** Puts what those fragments need into the model, keeping what a handler has set already. */
    void addToAdminPage(Model model, Collaboration collaboration);
}
