package nl.samenspraak.input;

import java.util.Arrays;
import java.util.Optional;

/** Why staff hid an input or a part of it, or why a resident reported one: a fixed list. */
public enum ModerationReason {
    PERSONAL_DATA, OFFENSIVE, OFF_TOPIC, DUPLICATE, OTHER;

    /** The reason named exactly by {@code value}; empty for anything else (a typed form value, an API field). */
    public static Optional<ModerationReason> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}
