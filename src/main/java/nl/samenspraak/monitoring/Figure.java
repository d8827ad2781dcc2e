package nl.samenspraak.monitoring;

import java.util.List;
import java.util.Objects;

/**
 * One value of an indicator, in the shape a table and a report can both show: a plain number,
 * a share (numerator of denominator, with its percentage), a breakdown into named parts (each a
 * figure itself), or nothing at all. A value about fewer than {@link #MINIMUM_GROUP} residents
 * is {@link #suppressed()}: only that fact is shown, never the number, so nobody can be recognised.
 *
 * @param shape       which of the fields below carry the value
 * @param number      the value of a {@link Shape#NUMBER}
 * @param numerator   the part of a {@link Shape#SHARE}
 * @param denominator the whole of a {@link Shape#SHARE}
 * @param parts       the categories of a {@link Shape#BREAKDOWN}, in display order
 * @param suppressed  true when the group behind this value is below {@link #MINIMUM_GROUP}
 */
public record Figure(Shape shape, int number, int numerator, int denominator, List<Part> parts,
                     boolean suppressed) {

    /** Groups smaller than this are never shown as a number (the same rule as "wie doet mee"). */
    public static final int MINIMUM_GROUP = 10;

    public enum Shape { NONE, NUMBER, SHARE, BREAKDOWN }

    /**
     * One category of a breakdown.
     *
     * @param code  a stable code of the category (a channel, a phase kind, a series id), also the
     *              message key suffix when {@code name} is null
     * @param name  a name to show as it is (such as a meeting series' name), or null to show the
     *              message {@code monitoring.part.<code>}
     * @param value the category's own figure
     */
    public record Part(String code, String name, Figure value) {
        public Part {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(value, "value");
        }
    }

    public Figure {
        Objects.requireNonNull(shape, "shape");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** No data. */
    public static Figure none() {
        return new Figure(Shape.NONE, 0, 0, 0, List.of(), false);
    }

    /** A count or a value that is not about a small group of people (e.g. meetings, processes). */
    public static Figure number(int n) {
        return new Figure(Shape.NUMBER, n, 0, 0, List.of(), false);
    }

    /** A count of residents: suppressed when it is between 1 and {@link #MINIMUM_GROUP} - 1. */
    public static Figure people(int n) {
        return new Figure(Shape.NUMBER, n, 0, 0, List.of(), n > 0 && n < MINIMUM_GROUP);
    }

    /** A share of things (not people): never suppressed. */
    public static Figure share(int numerator, int denominator) {
        return new Figure(Shape.SHARE, 0, numerator, denominator, List.of(), false);
    }

    /** A share of residents: suppressed when the whole is below {@link #MINIMUM_GROUP}. */
    public static Figure shareOfPeople(int numerator, int denominator) {
        return new Figure(Shape.SHARE, 0, numerator, denominator, List.of(), denominator < MINIMUM_GROUP);
    }

    /** A share that may not be shown because the group behind it is too small to compare. */
    public static Figure suppressedShare() {
        return new Figure(Shape.SHARE, 0, 0, 0, List.of(), true);
    }

    public static Figure breakdown(List<Part> parts) {
        return new Figure(Shape.BREAKDOWN, 0, 0, 0, parts, false);
    }

    /** The percentage of a share, rounded; null when there is no whole or when suppressed. */
    public Integer percent() {
        if (shape != Shape.SHARE || denominator == 0 || suppressed) {
            return null;
        }
        return (int) Math.round(100.0 * numerator / denominator);
    }

    public boolean isNone() {
        return shape == Shape.NONE;
    }
}
