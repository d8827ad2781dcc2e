package nl.samenspraak.platform;

import java.util.Optional;
import java.util.UUID;

/** Ids as they arrive in addresses and forms: text that anyone can type. */
public final class Ids {

    private static final int UUID_LENGTH = 36;

    private Ids() {
    }

    /**
     * The UUID in {@code text} in its canonical 36-character form (surrounding white space
     * ignored); empty when it is absent, blank, of the wrong length or malformed. Never throws.
     */
    public static Optional<UUID> parseUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() != UUID_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
