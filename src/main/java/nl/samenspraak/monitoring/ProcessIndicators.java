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

    /**
     * The indicators of the {@link IndicatorBoard#QUARTERS} quarters up to and including {@code last}, as known on
     * {@code today} (for the report of an earlier year): the values of those quarters are what they were, except
     * retention, which can only be shown once the twelve months after a quarter have passed.
     */
    public IndicatorBoard upTo(CollaborationId collaboration, Quarter last, LocalDate today) {
        Quarter until = last.isAfter(Quarter.of(today)) ? Quarter.of(today) : last;
        return calculator.board(collaboration, until.plus(-(IndicatorBoard.QUARTERS - 1)), until, today);
    }
}
