package nl.samenspraak.meeting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** One meeting: when, where, what about, for how many people, and what came of it. */
record Meeting(UUID id, UUID collaborationId, String title, String about, UUID processId, UUID seriesId, UUID venueId,
               Instant startsAt, Instant endsAt, int capacity, Status status, int walkIns, String minutes) {

    /** Meetings are Dutch: their dates and times are shown and entered in Dutch time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final int MAX_WALK_INS = 10_000;

    enum Status { PLANNED, HELD, CANCELLED }

    public LocalDate date() {
        return startsAt.atZone(ZONE).toLocalDate();
    }

    public LocalTime startTime() {
        return startsAt.atZone(ZONE).toLocalTime();
    }

    public LocalTime endTime() {
        return endsAt.atZone(ZONE).toLocalTime();
    }

    /** Residents can register (or join the waiting list) until the meeting starts, unless it was called off. */
    boolean openForRegistration(Instant now) {
        return status == Status.PLANNED && now.isBefore(startsAt);
    }

    /** Attendance is recorded once a meeting has started, unless it was called off. */
    void checkAttendanceMayBeRecorded(Instant now) {
        if (status == Status.CANCELLED) {
            throw new InvalidMeetingException("walkIns", "meeting.error.cancelled");
        }
        if (!started(now)) {
            throw new InvalidMeetingException("walkIns", "meeting.error.notStarted");
        }
    }

    /** With attendance recorded the meeting counts as held, with at most {@link #MAX_WALK_INS} walk-ins. */
    Meeting held(int walkIns, Instant now) {
        checkAttendanceMayBeRecorded(now);
        if (walkIns > MAX_WALK_INS) {
            throw new InvalidMeetingException("walkIns", "meeting.error.walkIns");
        }
        return new Meeting(id, collaborationId, title, about, processId, seriesId, venueId, startsAt, endsAt, capacity,
                Status.HELD, walkIns, minutes);
    }

    boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }
}
