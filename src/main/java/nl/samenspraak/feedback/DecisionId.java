package nl.samenspraak.feedback;

import java.util.Objects;
import java.util.UUID;

/** Names one decision; a record so that a decision id cannot be passed where an input id belongs. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
