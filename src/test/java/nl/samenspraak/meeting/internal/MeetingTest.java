package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a meeting, without Spring or a database. */
class MeetingTest {

    static final Instant START = Instant.parse("2026-03-02T18:00:00Z");

    static Meeting a(Meeting.Status status) {
        return new Meeting(UUID.randomUUID(), UUID.randomUUID(), "Samen eten", null, null, null, UUID.randomUUID(),
                START, START.plus(Duration.ofHours(2)), 10, status, 0, null);
    }

    @Test
    void registrationIsOpenUntilTheStartUnlessCalledOff() {
        assertThat(a(Meeting.Status.PLANNED).openForRegistration(START.minusSeconds(1))).isTrue();
        assertThat(a(Meeting.Status.PLANNED).openForRegistration(START)).isFalse();
        assertThat(a(Meeting.Status.CANCELLED).openForRegistration(START.minusSeconds(3600))).isFalse();
    }

    @Test
    void recordingAttendanceMakesTheMeetingHeldWithItsWalkIns() {
        Meeting held = a(Meeting.Status.PLANNED).held(3, START.plusSeconds(60));
        assertThat(held.status()).isEqualTo(Meeting.Status.HELD);
        assertThat(held.walkIns()).isEqualTo(3);
    }

    @Test
    void rejectsAttendanceBeforeTheStart() {
        assertThatThrownBy(() -> a(Meeting.Status.PLANNED).held(0, START.minusSeconds(60)))
                .isInstanceOf(InvalidMeetingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.notStarted");
    }

    @Test
    void rejectsAttendanceForACalledOffMeeting() {
        assertThatThrownBy(() -> a(Meeting.Status.CANCELLED).held(0, START.plusSeconds(60)))
                .isInstanceOf(InvalidMeetingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.cancelled");
    }

    @Test
    void rejectsMoreWalkInsThanTheLimit() {
        assertThatThrownBy(() -> a(Meeting.Status.PLANNED).held(Meeting.MAX_WALK_INS + 1, START.plusSeconds(60)))
                .isInstanceOf(InvalidMeetingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.walkIns");
        assertThat(a(Meeting.Status.PLANNED).held(Meeting.MAX_WALK_INS, START.plusSeconds(60)).walkIns())
                .isEqualTo(Meeting.MAX_WALK_INS);
    }
}
