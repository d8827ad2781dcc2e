package nl.samenspraak.meeting;

import java.util.Objects;
import java.util.UUID;

/** The id of a venue. */
public record VenueId(UUID value) {

    public VenueId {
        Objects.requireNonNull(value, "VenueId needs a value");
    }

    public static VenueId of(UUID value) {
        return new VenueId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
