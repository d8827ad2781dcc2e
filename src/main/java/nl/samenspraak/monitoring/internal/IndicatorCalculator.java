package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Indicator;
import nl.samenspraak.monitoring.IndicatorBoard;
import nl.samenspraak.monitoring.IndicatorKind;
import org.springframework.stereotype.Component;

/** Computes each indicator; public only so the module's facade can call it. */
@Component
public class IndicatorCalculator {

    public IndicatorBoard board(CollaborationId collaboration, LocalDate today) {
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            indicators.add(Indicator.fromTrend(kind, List.of()));
        }
        return new IndicatorBoard(indicators, List.of());
    }
}
