package nl.samenspraak.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar quarter (1 to 4) of a year; the unit of every trend.
 *
 * @param year    the year, e.g. 2026
 * @param quarter 1 (January to March) to 4 (October to December)
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The first day of this quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day after this quarter. */
    public LocalDate endExclusive() {
        return start().plusMonths(3);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /** This quarter moved by a number of quarters (negative to go back). */
    public Quarter plus(int quarters) {
        int index = year * 4 + (quarter - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    /** Short label such as "2026 K3"; words around it come from the message bundle. */
    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
