package nl.samenspraak.selfscan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.selfscan.ScanRoundId;

/**
 * One round of the scan in a collaboration: a title, a public link and an open or closed state.
 * It owns the rules of its life: how it opens, closes and reopens, and when it takes answers.
 * Each change returns the new state; {@link ScanRounds} loads, calls and saves.
 */
record ScanRound(ScanRoundId id, UUID collaborationId, String title, String token, LocalDate closesOn, Instant closedAt,
                 Instant createdAt, long seq) {

    static final int MAX_TITLE = 200;

    /**
     * A new round with a cleaned title; its closing day, when given, may not lie in the past.
     * Its {@code seq} is given by the database when it is stored.
     *
     * @throws InvalidScanException naming the field that breaks a rule
     */
    static ScanRound open(UUID collaborationId, String title, LocalDate closesOn, String token, LocalDate today, Instant now) {
        String cleaned = Text.clean(title);
        if (cleaned.isEmpty()) {
            throw new InvalidScanException("title", "selfscan.error.titleRequired");
        }
        if (cleaned.length() > MAX_TITLE) {
            throw new InvalidScanException("title", "selfscan.error.titleTooLong");
        }
        if (closesOn != null && closesOn.isBefore(today)) {
            throw new InvalidScanException("closesOn", "selfscan.error.closesOnPast");
        }
        return new ScanRound(ScanRoundId.random(), collaborationId, cleaned, token, closesOn, null, now, 0);
    }

    /** Open until a coordinator closes it or its closing day has passed. */
    public boolean openOn(LocalDate today) {
        return closedAt == null && (closesOn == null || !today.isAfter(closesOn));
    }

    /** Closed by its date rather than by a person. */
    public boolean expiredOn(LocalDate today) {
        return closedAt == null && closesOn != null && today.isAfter(closesOn);
    }

    /** Closed by a person now; a round a person closed before stays closed since then. */
    ScanRound close(Instant now) {
        return closedAt != null ? this : withClosing(closesOn, now);
    }

    /**
     * Open again, closed by a person or by its date; a closing day that has passed is dropped, or
     * the round would stay shut. A round that is open stays as it is.
     */
    ScanRound reopen(LocalDate today) {
        boolean pastDay = closesOn != null && closesOn.isBefore(today);
        return closedAt == null && !pastDay ? this : withClosing(pastDay ? null : closesOn, null);
    }

    /**
     * Online answers need an open round; answers from paper may be typed in after it closed.
     *
     * @throws InvalidScanException when the round takes no more answers through this channel
     */
    void acceptAnswer(ScanResponses.Channel channel, LocalDate today) {
        if (channel == ScanResponses.Channel.ONLINE && !openOn(today)) {
            throw new InvalidScanException("round", "selfscan.error.closed");
        }
    }

    private ScanRound withClosing(LocalDate closesOn, Instant closedAt) {
        return new ScanRound(id, collaborationId, title, token, closesOn, closedAt, createdAt, seq);
    }
}
