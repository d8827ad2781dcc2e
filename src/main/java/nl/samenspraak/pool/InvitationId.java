package nl.samenspraak.pool;

import java.util.Objects;
import java.util.UUID;

/** The id of one member's invitation to an activity. */
public record InvitationId(UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "InvitationId needs a value");
    }

    public static InvitationId of(UUID value) {
        return new InvitationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
