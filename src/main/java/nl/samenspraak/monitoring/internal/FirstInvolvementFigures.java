package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.Map;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Quarter;
import org.springframework.stereotype.Component;

/** In which kind of phase residents were first involved, per quarter a process started. */
@Component
class FirstInvolvementFigures {

    Map<Quarter, Figure> perQuarter(CollaborationId collaboration, Quarter first, LocalDate today) {
        return Map.of();
    }
}
