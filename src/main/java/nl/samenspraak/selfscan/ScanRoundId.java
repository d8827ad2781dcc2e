package nl.samenspraak.selfscan;

import java.util.Objects;
import java.util.UUID;

/** The id of one round of the self-scan. */
public record ScanRoundId(UUID value) {

    public ScanRoundId {
        Objects.requireNonNull(value, "value");
    }

    public static ScanRoundId random() {
        return new ScanRoundId(UUID.randomUUID());
    }
}
