package nl.samenspraak.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.QuarterValue;

/**
 * A small trend line drawn on the server for an indicator with one value per quarter: shares as
 * percentages on a fixed 0 to 100 scale, numbers against the largest. Suppressed quarters leave a
 * gap. Only drawn with at least two points; the table beside it holds the same data.
 */
record TrendLine(String points, List<Dot> dots, int width, int height) {

    record Dot(int x, int y) {}

    static final int WIDTH = 240;
    static final int HEIGHT = 60;
    private static final int PAD = 6;

    static TrendLine of(List<QuarterValue> trend) {
        List<Double> values = new ArrayList<>();
        boolean shares = false;
        for (QuarterValue v : trend) {
            Figure f = v.value();
            if (f.shape() == Figure.Shape.SHARE) {
                shares = true;
                values.add(f.percent() == null ? null : f.percent().doubleValue());
            } else if (f.shape() == Figure.Shape.NUMBER && !f.suppressed()) {
                values.add((double) f.number());
            } else {
                values.add(null);
            }
        }
        if (values.stream().filter(v -> v != null).count() < 2) {
            return null;
        }
        double max = shares ? 100 : Math.max(1, values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(1));
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        int n = values.size();
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            if (v == null) {
                continue;
            }
            int x = PAD + (n == 1 ? 0 : (int) Math.round((WIDTH - 2.0 * PAD) * i / (n - 1)));
            int y = HEIGHT - PAD - (int) Math.round((HEIGHT - 2.0 * PAD) * v / max);
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(x).append(',').append(y);
            dots.add(new Dot(x, y));
        }
        return new TrendLine(points.toString(), List.copyOf(dots), WIDTH, HEIGHT);
    }
}
