package nl.samenspraak.input;

import java.util.UUID;

/**
 * Staff hid an input ({@code whole}) or a part of it from the public pages: its author must be
 * told why, once per hiding. {@code hidingNumber} names the hiding.
 */
public record InputHidden(UUID inputId, UUID collaborationId, long hidingNumber, ModerationReason reason,
                          String note, boolean whole) {}
