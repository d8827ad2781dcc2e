package nl.samenspraak.pool;

import java.util.Objects;
import java.util.UUID;

/** The id of a pool activity residents are invited to. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "ActivityId needs a value");
    }

    public static ActivityId of(UUID value) {
        return new ActivityId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
