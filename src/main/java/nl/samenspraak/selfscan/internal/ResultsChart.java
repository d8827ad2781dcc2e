package nl.samenspraak.selfscan.internal;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.internal.RoundResults.ThemeResult;
import nl.samenspraak.selfscan.internal.Statistics.GroupResult;

/**
 * The geometry of the results chart: a horizontal bar per group per theme on the scale 1 to 5,
 * computed here so the template only places shapes and texts. Each bar carries its value as
 * text and residents and professionals differ in pattern, not only in colour.
 */
record ResultsChart(int width, int height, double plotLeft, double plotRight, double plotTop, List<Tick> ticks,
                    List<Row> rows) {

    static final int WIDTH = 800;
    static final double PLOT_LEFT = 340;
    static final double PLOT_RIGHT = 750;
    static final double TOP = 62;
    static final double BAR_HEIGHT = 16;
    static final double ROW_HEIGHT = 52;

    record Tick(int value, double x) {}

    /** A bar, or (when {@code shown} is false) the place where "fewer than 5" is written instead. */
    record Bar(RespondentGroup group, double y, double width, double textX, double textY, Double mean, boolean shown) {
        public boolean resident() {
            return group == RespondentGroup.RESIDENT;
        }
    }

    record Row(Theme theme, double labelY, double lineY, List<Bar> bars) {}

    static ResultsChart of(RoundResults results) {
        List<Tick> ticks = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            ticks.add(new Tick(v, x(v)));
        }
        List<Row> rows = new ArrayList<>();
        double y = TOP;
        for (ThemeResult theme : results.themes()) {
            List<Bar> bars = new ArrayList<>();
            double barY = y + 4;
            for (RespondentGroup group : RespondentGroup.values()) {
                GroupResult result = theme.of(group);
                double width = result.shown() ? Math.max(2, x(result.mean()) - PLOT_LEFT) : 0;
                bars.add(new Bar(group, barY, width, PLOT_LEFT + width + 6, barY + BAR_HEIGHT - 3,
                        result.mean(), result.shown()));
                barY += BAR_HEIGHT + 4;
            }
            rows.add(new Row(theme.theme(), y + 24, y + ROW_HEIGHT - 3, bars));
            y += ROW_HEIGHT;
        }
        return new ResultsChart(WIDTH, (int) Math.ceil(y + 8), PLOT_LEFT, PLOT_RIGHT, TOP - 6, ticks, rows);
    }

    /** Where a value of the scale lies; the scale starts at 1, the lowest answer. */
    static double x(double value) {
        return PLOT_LEFT + (value - 1) / 4 * (PLOT_RIGHT - PLOT_LEFT);
    }
}
