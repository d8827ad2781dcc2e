package nl.samenspraak.ripple.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.RippleMap;

/**
 * Where everything goes on the ripple map, computed only from the map (the same map is always drawn the same):
 * activities on a small circle in the centre, each effect in the cell of its ring and its capital's sector,
 * effects of one cell spread over rows and columns so that no two markers touch and none leaves its cell.
 */
final class RippleLayout {

    static final double CX = 580;
    static final double CY = 580;
    /** Inner and outer radius of the centre and of each ring, inside out. */
    static final double CENTRE = 140;
    static final double[] RING_OUTER = {275, 395, 505};
    static final double MARKER = 17;
    static final double SECTOR = 2 * Math.PI / Capital.values().length;

    record Point(double x, double y, double r) {
        double distanceTo(Point other) {
            return Math.hypot(x - other.x, y - other.y);
        }

        double radiusFromCentre() {
            return Math.hypot(x - CX, y - CY);
        }

        /** Angle from the top, clockwise, 0 to 2π. */
        double angle() {
            double a = Math.atan2(x - CX, -(y - CY));
            return a < 0 ? a + 2 * Math.PI : a;
        }
    }

    final Map<UUID, Point> activities = new LinkedHashMap<>();
    final Map<UUID, Point> effects = new LinkedHashMap<>();

    RippleLayout(RippleMap map) {
        placeActivities(map.activities());
        Map<String, List<RippleMap.Effect>> cells = new LinkedHashMap<>();
        for (RippleMap.Effect effect : map.effects()) {
            cells.computeIfAbsent(effect.ring() + "/" + effect.capital(), k -> new ArrayList<>()).add(effect);
        }
        cells.values().forEach(this::placeCell);
    }

    static double innerOf(Ring ring) {
        return ring.ordinal() == 0 ? CENTRE : RING_OUTER[ring.ordinal() - 1];
    }

    static double outerOf(Ring ring) {
        return RING_OUTER[ring.ordinal()];
    }

    /** The sector of a capital: from its start angle over {@link #SECTOR}, clockwise from the top. */
    static double startOf(Capital capital) {
        return capital.ordinal() * SECTOR;
    }

    private void placeActivities(List<RippleMap.Activity> list) {
        int n = list.size();
        if (n == 1) {
            activities.put(list.getFirst().id(), new Point(CX, CY, 26));
            return;
        }
        double circle = n <= 6 ? 70 : 95;
        double r = Math.min(24, Math.max(6, circle * Math.sin(Math.PI / n) - 2));
        for (int i = 0; i < n; i++) {
            double a = i * 2 * Math.PI / n;
            activities.put(list.get(i).id(), new Point(CX + circle * Math.sin(a), CY - circle * Math.cos(a), r));
        }
    }

    /**
     * Rows from the inner to the outer edge of the band, columns across the sector; markers shrink to fit. A
     * crowded cell (the form's defaults put many effects in one) is packed instead: outer rows are longer and
     * hold more markers, so its markers stay as large as the cell allows and never touch.
     */
    private void placeCell(List<RippleMap.Effect> cell) {
        RippleMap.Effect first = cell.getFirst();
        double inner = innerOf(first.ring());
        double outer = outerOf(first.ring());
        double start = startOf(first.capital());
        int n = cell.size();
        int rows = Math.min(n, n <= 3 ? 1 : n <= 8 ? 2 : 3);
        int perRow = (n + rows - 1) / rows;
        double band = outer - inner;
        double rowStep = band / rows;
        // The narrowest row is the inner one: its arc decides how wide a column can be.
        double innerRowRadius = inner + rowStep / 2;
        double columnArc = innerRowRadius * SECTOR / perRow;
        double r = Math.min(MARKER, Math.min(rowStep, columnArc) / 2 - 2);
        double packed = packedRadius(inner, outer, n);
        if (packed > r + 0.5) {
            pack(cell, inner, outer, start, packed);
            return;
        }
        for (int i = 0; i < n; i++) {
            int row = i / perRow;
            int column = i % perRow;
            int inThisRow = row == rows - 1 ? n - row * perRow : perRow;
            double radius = inner + rowStep * (row + 0.5);
            // Columns share the sector evenly; a shorter last row is centred.
            double a = start + SECTOR * (column + 0.5 + (perRow - inThisRow) / 2.0) / perRow;
            effects.put(cell.get(i).id(),
                    new Point(CX + radius * Math.sin(a), CY - radius * Math.cos(a), r));
        }
    }

    /** How many markers of radius {@code r} each row of a band holds, with 4 units between neighbours. */
    private static int[] capacities(double inner, double outer, double r) {
        double pitch = 2 * r + 4;
        int rows = (int) Math.floor((outer - inner) / pitch);
        int[] capacity = new int[Math.max(rows, 0)];
        double rowStep = rows == 0 ? 0 : (outer - inner) / rows;
        for (int i = 0; i < rows; i++) {
            capacity[i] = (int) Math.floor((inner + rowStep * (i + 0.5)) * SECTOR / pitch);
        }
        return capacity;
    }

    /** The largest marker (at most {@link #MARKER}) with which the band holds {@code n} markers. */
    private static double packedRadius(double inner, double outer, int n) {
        double low = 0.5;
        double high = MARKER;
        if (java.util.Arrays.stream(capacities(inner, outer, high)).sum() >= n) {
            return high;
        }
        for (int i = 0; i < 30; i++) {
            double mid = (low + high) / 2;
            if (java.util.Arrays.stream(capacities(inner, outer, mid)).sum() >= n) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Shares {@code n} markers over the rows by their length, then spreads each row evenly over the sector. */
    private void pack(List<RippleMap.Effect> cell, double inner, double outer, double start, double r) {
        int[] capacity = capacities(inner, outer, r);
        int total = java.util.Arrays.stream(capacity).sum();
        int n = cell.size();
        int[] count = new int[capacity.length];
        int placed = 0;
        for (int i = 0; i < capacity.length; i++) {
            count[i] = (int) ((long) capacity[i] * n / total);
            placed += count[i];
        }
        for (int i = capacity.length - 1; placed < n; i = i == 0 ? capacity.length - 1 : i - 1) {
            if (count[i] < capacity[i]) {
                count[i]++;
                placed++;
            }
        }
        double rowStep = (outer - inner) / capacity.length;
        int next = 0;
        for (int row = 0; row < capacity.length; row++) {
            double radius = inner + rowStep * (row + 0.5);
            for (int column = 0; column < count[row]; column++) {
                double a = start + SECTOR * (column + 0.5) / count[row];
                effects.put(cell.get(next++).id(), new Point(CX + radius * Math.sin(a), CY - radius * Math.cos(a), r));
            }
        }
    }
}
