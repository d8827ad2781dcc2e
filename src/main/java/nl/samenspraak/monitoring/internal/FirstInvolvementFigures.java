package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.process.ProcessFigures;
import org.springframework.stereotype.Component;

/** In which kind of phase (early or late) residents were first involved, per quarter a process started. */
@Component
class FirstInvolvementFigures {

    private final ProcessFigures processes;

    FirstInvolvementFigures(ProcessFigures processes) {
        this.processes = processes;
    }

    /** Processes are counted, not people: nothing is suppressed. */
    Map<Quarter, Figure> perQuarter(CollaborationId collaboration, Quarter first, LocalDate today) {
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        for (ProcessFigures.FirstInvolvement f : processes.firstInvolvementPerQuarter(collaboration, first.start(), today)) {
            List<Figure.Part> parts = new ArrayList<>();
            parts.add(new Figure.Part("EARLY", null, Figure.number(f.early())));
            parts.add(new Figure.Part("LATE", null, Figure.number(f.late())));
            if (f.unknown() > 0) {
                parts.add(new Figure.Part("UNKNOWN", null, Figure.number(f.unknown())));
            }
            trend.put(new Quarter(f.year(), f.quarter()), Figure.breakdown(parts));
        }
        return trend;
    }
}
