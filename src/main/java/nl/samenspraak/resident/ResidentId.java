package nl.samenspraak.resident;

import java.util.Objects;
import java.util.UUID;

/** Which resident: the id other modules keep next to their own rows (registrations, members, claims). */
public record ResidentId(UUID value) {

    public ResidentId {
        Objects.requireNonNull(value, "a resident id needs a value");
    }
}
