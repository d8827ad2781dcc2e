package nl.samenspraak.pool;

import java.util.Objects;
import java.util.UUID;

/** The id of a commitment (intentieverklaring). */
public record CommitmentId(UUID value) {

    public CommitmentId {
        Objects.requireNonNull(value, "CommitmentId needs a value");
    }

    public static CommitmentId of(UUID value) {
        return new CommitmentId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
