package nl.samenspraak.meeting;

import java.util.Objects;
import java.util.UUID;

/** The id of a meeting. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "MeetingId needs a value");
    }

    public static MeetingId of(UUID value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
