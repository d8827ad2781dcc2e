package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.knowledge.internal.Lesson.Sharing;
import org.junit.jupiter.api.Test;

/** The way of a lesson to the public, without Spring or a database. */
class LessonTest {

    static final Instant WRITTEN = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EDITED = Instant.parse("2026-03-05T14:00:00Z");

    @Test
    void privateOrRejectedLessonMayAskToBeShared() {
        assertThat(lesson(Sharing.PRIVATE).requestSharing()).map(Lesson::sharing).contains(Sharing.REQUESTED);
        assertThat(lesson(Sharing.REJECTED).requestSharing()).map(Lesson::sharing).contains(Sharing.REQUESTED);
    }

    @Test
    void requestedOrPublicLessonCannotAskAgain() {
        assertThat(lesson(Sharing.REQUESTED).requestSharing()).isEmpty();
        assertThat(lesson(Sharing.APPROVED).requestSharing()).isEmpty();
    }

    @Test
    void administratorDecidesOnlyOnARequestedLesson() {
        assertThat(lesson(Sharing.REQUESTED).approve()).map(Lesson::sharing).contains(Sharing.APPROVED);
        assertThat(lesson(Sharing.REQUESTED).reject()).map(Lesson::sharing).contains(Sharing.REJECTED);
        for (Sharing other : List.of(Sharing.PRIVATE, Sharing.APPROVED, Sharing.REJECTED)) {
            assertThat(lesson(other).approve()).as("approve from %s", other).isEmpty();
            assertThat(lesson(other).reject()).as("reject from %s", other).isEmpty();
        }
    }

    @Test
    void sharedLessonCanBeTakenBackEvenWhenPublic() {
        for (Sharing shared : List.of(Sharing.REQUESTED, Sharing.APPROVED, Sharing.REJECTED)) {
            assertThat(lesson(shared).withdrawSharing()).as("from %s", shared).map(Lesson::sharing).contains(Sharing.PRIVATE);
        }
        assertThat(lesson(Sharing.PRIVATE).withdrawSharing()).isEmpty();
    }

    @Test
    void editingAPublicLessonSendsItBackToTheQueue() {
        Lesson edited = lesson(Sharing.APPROVED).edit(draft("Koffie aan huis, tweede ronde"), EDITED);

        assertThat(edited.sharing()).isEqualTo(Sharing.REQUESTED);
        assertThat(edited.isPublic()).isFalse();
        assertThat(edited.title()).isEqualTo("Koffie aan huis, tweede ronde");
        assertThat(edited.updatedAt()).isEqualTo(EDITED);
        assertThat(edited.createdAt()).isEqualTo(WRITTEN);
    }

    @Test
    void editingALessonThatIsNotPublicKeepsWhereItIs() {
        for (Sharing notPublic : List.of(Sharing.PRIVATE, Sharing.REQUESTED, Sharing.REJECTED)) {
            assertThat(lesson(notPublic).edit(draft("Anders"), EDITED).sharing()).isEqualTo(notPublic);
        }
    }

    private static Lesson lesson(Sharing sharing) {
        return new Lesson(UUID.randomUUID(), 1, UUID.randomUUID(), "Koffie aan huis", "Langsgaan", "Ouderen", "Het werkte",
                "", List.of(), List.of(), List.of(), sharing, "coordinator@example.org", WRITTEN, WRITTEN);
    }

    private static LessonDraft draft(String title) {
        return new LessonDraft(title, "Langsgaan", "Ouderen", "Het werkte", "", List.of(), List.of(), List.of());
    }
}
