package nl.samenspraak.collaboration;

import java.util.Objects;
import java.util.UUID;

/** The identity of a collaboration; every collaboration-owned row carries it. */
public record CollaborationId(UUID value) {

    public CollaborationId {
        Objects.requireNonNull(value, "value");
    }

    public static CollaborationId of(UUID value) {
        return new CollaborationId(value);
    }
}
