package nl.samenspraak.pool;

import java.util.Objects;
import java.util.UUID;

/** The id of a pool member (one resident's membership of a collaboration's pool). */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "MemberId needs a value");
    }

    public static MemberId of(UUID value) {
        return new MemberId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
