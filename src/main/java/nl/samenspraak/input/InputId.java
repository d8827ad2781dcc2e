package nl.samenspraak.input;

import java.util.Objects;
import java.util.UUID;

/** The identity of one input. */
public record InputId(UUID value) {

    public InputId {
        Objects.requireNonNull(value, "value");
    }

    public static InputId of(UUID value) {
        return new InputId(value);
    }
}
