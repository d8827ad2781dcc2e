package nl.samenspraak.meeting;

import java.util.Objects;
import java.util.UUID;

/** The id of a series of meetings (a recurring structure). */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "SeriesId needs a value");
    }

    public static SeriesId of(UUID value) {
        return new SeriesId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
