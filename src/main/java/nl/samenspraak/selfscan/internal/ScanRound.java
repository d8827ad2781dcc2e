package nl.samenspraak.selfscan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One round of the scan in a collaboration: a title, a public link and an open or closed state. */
record ScanRound(UUID id, UUID collaborationId, String title, String token, LocalDate closesOn, Instant closedAt,
                 Instant createdAt, long seq) {

    /** Open until a coordinator closes it or its closing day has passed. */
    public boolean openOn(LocalDate today) {
        return closedAt == null && (closesOn == null || !today.isAfter(closesOn));
    }

    /** Closed by its date rather than by a person. */
    public boolean expiredOn(LocalDate today) {
        return closedAt == null && closesOn != null && today.isAfter(closesOn);
    }
}
