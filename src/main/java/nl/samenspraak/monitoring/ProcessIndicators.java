package nl.samenspraak.monitoring;

import java.time.LocalDate;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.internal.IndicatorCalculator;
import org.springframework.stereotype.Service;

/**
 * Computes the process indicators of a collaboration from the other modules' data, read through
 * their root-package APIs only. Nothing is typed in: every value is counted from what happened.
 */
@Service
public class ProcessIndicators {

    private final IndicatorCalculator calculator;

    ProcessIndicators(IndicatorCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * All indicators of one collaboration with their trends over the last
     * {@link IndicatorBoard#QUARTERS} quarters up to and including the quarter of {@code today}.
     */
    public IndicatorBoard forCollaboration(CollaborationId collaboration, LocalDate today) {
        return calculator.board(collaboration, today);
    }
}
