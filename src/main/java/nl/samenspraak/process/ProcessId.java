package nl.samenspraak.process;

import java.util.Objects;
import java.util.UUID;

/** The identity of a participation process. */
public record ProcessId(UUID value) {

    public ProcessId {
        Objects.requireNonNull(value, "value");
    }
}
