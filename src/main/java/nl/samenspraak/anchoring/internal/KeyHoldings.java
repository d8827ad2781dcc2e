package nl.samenspraak.anchoring.internal;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import org.springframework.stereotype.Component;

/**
 * Who holds the collaboration's key roles, from the roles module's API. Until that module is merged
 * there are none, and key persons come from the notes staff record here.
 */
@Component
class KeyHoldings {

    List<KeyHolding> of(CollaborationId collaboration, LocalDate today) {
        return List.of();
    }
}
