package nl.samenspraak.roles;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.roles.internal.RoleCatalogue;
import org.springframework.stereotype.Service;

/**
 * The roles of a collaboration and who held them when, for other modules (monitoring, reports, the board view).
 * Nothing here returns a name: holders' names stay in this module.
 */
@Service
public class CollaborationRoles {

    private final RoleCatalogue catalogue;

    CollaborationRoles(RoleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The catalogue (archived roles left out), standard roles first; filled with the seven standard roles the first
     * time a collaboration's catalogue is used.
     */
    public List<RoleSummary> catalogue(CollaborationId collaboration) {
        return catalogue.summaries(collaboration);
    }

    /** Every holding past and present, of archived roles too, oldest first; no names. */
    public List<Holding> holdings(CollaborationId collaboration) {
        return catalogue.holdings(collaboration);
    }

    /** Distinct residents holding a decision role on {@code on} (handvat 6: several residents in decision roles). */
    public int residentsInDecisionRoles(CollaborationId collaboration, LocalDate on) {
        return catalogue.residentsInDecisionRoles(collaboration, on);
    }

    /**
     * Distinct residents in a decision role on each of a number of days (a trend per quarter), and since when any
     * resident held one; one query whatever the number of days.
     */
    public DecisionRoleCounts residentsInDecisionRoles(CollaborationId collaboration, List<LocalDate> days) {
        return catalogue.residentsInDecisionRoles(collaboration, days);
    }
}
