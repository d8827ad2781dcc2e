package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.Map;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Quarter;
import org.springframework.stereotype.Component;

/** How many residents held a decision role at the end of each quarter. */
@Component
class DecisionRoleFigures {

    Map<Quarter, Figure> perQuarter(CollaborationId collaboration, Quarter first, LocalDate today) {
        return Map.of();
    }
}
