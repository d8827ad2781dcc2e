package nl.samenspraak.knowledge.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What staff of a collaboration learned in practice. Only {@link Sharing#APPROVED} lessons are
 * public: a collaboration asks to share a lesson and a platform administrator decides. The lesson
 * owns those rules; each change returns the new lesson, or nothing when the rule does not allow it,
 * and {@link Lessons} loads, calls and saves.
 */
record Lesson(UUID id, long seq, UUID collaborationId, String title, String tried, String forWhom,
              String happened, String differently, List<String> methods, List<String> themes,
              List<String> targetGroups, Sharing sharing, String writtenBy, Instant createdAt, Instant updatedAt) {

    /** Where a lesson is on its way to the public. */
    enum Sharing { PRIVATE, REQUESTED, APPROVED, REJECTED }

    String publicPath() {
        return ItemType.LESSON.path(id.toString());
    }

    boolean isPublic() {
        return sharing == Sharing.APPROVED;
    }

    /**
     * The lesson as staff rewrote it ({@code draft} already checked). What the public sees must have
     * been approved as it reads, so a shared lesson goes back to the administrator's queue.
     */
    Lesson edit(LessonDraft draft, Instant now) {
        return new Lesson(id, seq, collaborationId, draft.title(), draft.tried(), draft.forWhom(), draft.happened(),
                draft.differently(), draft.methods(), draft.themes(), draft.targetGroups(),
                isPublic() ? Sharing.REQUESTED : sharing, writtenBy, createdAt, now);
    }

    /** The collaboration asks to share it: from private or after a refusal; not twice. */
    Optional<Lesson> requestSharing() {
        return to(Set.of(Sharing.PRIVATE, Sharing.REJECTED), Sharing.REQUESTED);
    }

    /** Back to the collaboration only, also when it was already public. */
    Optional<Lesson> withdrawSharing() {
        return to(Set.of(Sharing.REQUESTED, Sharing.APPROVED, Sharing.REJECTED), Sharing.PRIVATE);
    }

    /** An administrator decides only on a lesson that asks to be shared. */
    Optional<Lesson> approve() {
        return to(Set.of(Sharing.REQUESTED), Sharing.APPROVED);
    }

    Optional<Lesson> reject() {
        return to(Set.of(Sharing.REQUESTED), Sharing.REJECTED);
    }

    private Optional<Lesson> to(Set<Sharing> from, Sharing next) {
        return from.contains(sharing) ? Optional.of(withSharing(next)) : Optional.empty();
    }

    private Lesson withSharing(Sharing next) {
        return new Lesson(id, seq, collaborationId, title, tried, forWhom, happened, differently, methods, themes,
                targetGroups, next, writtenBy, createdAt, updatedAt);
    }
}
