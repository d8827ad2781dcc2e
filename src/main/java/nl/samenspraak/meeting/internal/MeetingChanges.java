package nl.samenspraak.meeting.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a planned meeting that touch the people registered for it: more places, calling
 * it off, and afterwards who came. Each locks the meeting row like a registration does.
 */
@Service
class MeetingChanges {

    static final int MAX_WALK_INS = Meeting.MAX_WALK_INS;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Registrations registrations;
    private final MeetingMessages messages;
    private final AuditTrail audit;

    MeetingChanges(JdbcClient jdbc, Meetings meetings, Registrations registrations, MeetingMessages messages,
                   AuditTrail audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrations = registrations;
        this.messages = messages;
        this.audit = audit;
    }

    /** Saves the new plan; when it has more places, those waiting longest move up at once. */
    @Transactional
    void change(UUID collaborationId, UUID meetingId, MeetingForm form, String actor) {
        Meeting locked = meetings.lock(collaborationId, meetingId);
        if (locked.status() == Meeting.Status.CANCELLED) {
            throw new InvalidMeetingException("title", "meeting.error.cancelled");
        }
        meetings.update(locked, form, registrations.registeredCount(meetingId), actor);
        registrations.fillFreePlaces(meetings.lock(collaborationId, meetingId));
    }

    /** Calls the meeting off and tells everyone with a place or on the waiting list. Returns how many. */
    @Transactional
    int cancel(UUID collaborationId, UUID meetingId, String actor) {
        Meeting meeting = meetings.lock(collaborationId, meetingId);
        if (meeting.status() != Meeting.Status.PLANNED) {
            throw new InvalidMeetingException("meeting", "meeting.error.notPlanned");
        }
        meetings.setStatus(meeting, Meeting.Status.CANCELLED);
        List<Registration> told = registrations.ofMeeting(collaborationId, meetingId).stream()
                .filter(Registration::active).toList();
        for (Registration r : told) {
            messages.send(MeetingMessages.Kind.MEETING_CANCELLED, meeting, r.residentId(), null, 0);
        }
        audit.record(collaborationId, actor, "meeting.cancel", "meeting", meetingId, String.valueOf(told.size()));
        return told.size();
    }

    /**
     * Records who of those with a place came, and how many came without registering; the
     * meeting then counts as held.
     */
    @Transactional
    void recordAttendance(UUID collaborationId, UUID meetingId, Set<UUID> came, String walkIns, String actor) {
        Meeting meeting = meetings.lock(collaborationId, meetingId);
        meeting.checkAttendanceMayBeRecorded(meetings.now());
        int extra = walkIns == null || walkIns.isBlank() ? 0
                : MeetingForm.number(walkIns, "walkIns", "meeting.error.walkIns");
        Meeting held = meeting.held(extra, meetings.now());
        jdbc.sql("""
                UPDATE meeting_registration SET attended = (id IN (:came))
                WHERE meeting_id = :m AND collaboration_id = :c AND status = 'REGISTERED'
                """)
                .param("came", came.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(came))
                .param("m", meetingId).param("c", collaborationId).update();
        meetings.setWalkIns(meeting, held.walkIns());
        meetings.setStatus(meeting, held.status());
        audit.record(collaborationId, actor, "meeting.attendance", "meeting", meetingId, came.size() + "+" + extra);
    }
}
