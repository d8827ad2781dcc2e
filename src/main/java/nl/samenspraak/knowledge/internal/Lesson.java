package nl.samenspraak.knowledge.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What staff of a collaboration learned in practice. Only {@link Sharing#APPROVED} lessons are public. */
record Lesson(UUID id, long seq, UUID collaborationId, String title, String tried, String forWhom,
                     String happened, String differently, List<String> methods, List<String> themes,
                     List<String> targetGroups, Sharing sharing, String writtenBy, Instant createdAt, Instant updatedAt) {

    /** Where a lesson is on its way to the public. */
    enum Sharing { PRIVATE, REQUESTED, APPROVED, REJECTED }

    String publicPath() {
        return ItemType.LESSON.path(id.toString());
    }
}
