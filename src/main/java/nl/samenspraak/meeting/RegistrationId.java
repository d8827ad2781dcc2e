package nl.samenspraak.meeting;

import java.util.Objects;
import java.util.UUID;

/** The id of a registration for a meeting (a place or a waiting-list position). */
public record RegistrationId(UUID value) {

    public RegistrationId {
        Objects.requireNonNull(value, "RegistrationId needs a value");
    }

    public static RegistrationId of(UUID value) {
        return new RegistrationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
