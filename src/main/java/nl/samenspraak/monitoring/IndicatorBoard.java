package nl.samenspraak.monitoring;

import java.util.List;

/**
 * All process indicators of one collaboration, for the indicator page and the yearly report.
 * Holds no personal data: only counts, shares and names of meeting series.
 *
 * @param indicators every {@link IndicatorKind}, in the order of the enum
 * @param quarters   every quarter that appears in any trend, oldest first (at most 12)
 */
public record IndicatorBoard(List<Indicator> indicators, List<Quarter> quarters) {

    /** How many quarters a trend shows at most. */
    public static final int QUARTERS = 12;

    public IndicatorBoard {
        indicators = List.copyOf(indicators);
        quarters = List.copyOf(quarters);
    }

    /** True when no indicator has any data yet (the page then shows its empty state). */
    public boolean isEmpty() {
        return indicators.stream().noneMatch(Indicator::hasData);
    }

    public Indicator get(IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + kind));
    }
}
