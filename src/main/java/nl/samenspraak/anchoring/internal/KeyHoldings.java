package nl.samenspraak.anchoring.internal;

import java.util.List;
import java.util.Set;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.RoleKind;
import org.springframework.stereotype.Component;

/**
 * Who held the collaboration's key roles (key person, coordinator), from the roles module's API, without names.
 */
@Component
class KeyHoldings {

    /** The roles that carry the work on: the key person (buurtverbinder, dorpsondersteuner) and the coordinator. */
    static final Set<RoleKind> KEY_ROLES = Set.of(RoleKind.KEY_PERSON, RoleKind.COORDINATOR);

    private final CollaborationRoles roles;

    KeyHoldings(CollaborationRoles roles) {
        this.roles = roles;
    }

    List<KeyHolding> of(CollaborationId collaboration) {
        return roles.holdings(collaboration).stream().filter(h -> KEY_ROLES.contains(h.kind()))
                .map(h -> new KeyHolding("anchoring.roleKind." + h.kind().name(), h.from(), h.until())).toList();
    }
}
