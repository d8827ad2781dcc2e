package nl.samenspraak.vision.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment or proposal on the draft. {@code shownName} is a resident's chosen first name (null: "een inwoner")
 * or a staff member's name; {@code text} is null once the resident's data was erased.
 */
record Comment(UUID id, long seq, boolean byResident, CommentSource source, UUID residentId, UUID staffId,
               String shownName, String organisation, CommentKind kind, String passage, String text,
               CommentStatus status, Instant createdAt, Integer versionNumber) {

    public boolean erased() {
        return text == null;
    }
}
