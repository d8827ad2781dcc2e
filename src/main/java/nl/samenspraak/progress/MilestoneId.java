package nl.samenspraak.progress;

import java.util.Objects;
import java.util.UUID;

/** Names one milestone, quick win or delay notice. */
public record MilestoneId(UUID value) {

    public MilestoneId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
