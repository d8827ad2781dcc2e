package nl.samenspraak.monitoring;

import java.util.Objects;

/** The value of one indicator in one quarter. */
public record QuarterValue(Quarter quarter, Figure value) {
    public QuarterValue {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
    }
}
