package nl.samenspraak.roles.internal;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.roles.Holding;
import nl.samenspraak.roles.RoleSummary;
import org.springframework.stereotype.Component;

/** Reads and fills a collaboration's catalogue of roles and its holdings. */
@Component
public class RoleCatalogue {

    public List<RoleSummary> summaries(CollaborationId collaboration) {
        throw new UnsupportedOperationException("being built on branch i13-roles");
    }

    public List<Holding> holdings(CollaborationId collaboration) {
        throw new UnsupportedOperationException("being built on branch i13-roles");
    }

    public int residentsInDecisionRoles(CollaborationId collaboration, LocalDate on) {
        throw new UnsupportedOperationException("being built on branch i13-roles");
    }
}
