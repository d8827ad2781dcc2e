package nl.samenspraak.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * One computed process indicator.
 *
 * @param kind    which indicator
 * @param current its value now: the most recent quarter with data ({@code currentQuarter}), or
 *                {@link Figure#none()} when there is no data yet
 * @param currentQuarter the quarter {@code current} is about, null when there is no data
 * @param trend   its value per quarter, oldest first, at most the last 12 quarters and only
 *                quarters with data
 */
public record Indicator(IndicatorKind kind, Figure current, Quarter currentQuarter, List<QuarterValue> trend) {

    public Indicator {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(current, "current");
        trend = trend == null ? List.of() : List.copyOf(trend);
    }

    /** An indicator whose current value is its latest quarter. */
    public static Indicator fromTrend(IndicatorKind kind, List<QuarterValue> trend) {
        if (trend.isEmpty()) {
            return new Indicator(kind, Figure.none(), null, List.of());
        }
        QuarterValue last = trend.getLast();
        return new Indicator(kind, last.value(), last.quarter(), trend);
    }

    public boolean hasData() {
        return !trend.isEmpty() || !current.isNone();
    }
}
