package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out places at meetings. Every change that can give or take a place first locks the
 * meeting's row, so that fifty people pressing "register" for the last place at the same
 * moment get exactly one place and forty-nine waiting-list positions, in order.
 */
@Service
class Registrations {

    static final String LINK_PURPOSE = "registration";
    static final int MAX_NOTE = Registration.MAX_NOTE;
    private static final String COLUMNS = "r.id, r.collaboration_id, r.meeting_id, r.resident_id, r.status, r.needs,"
            + " r.needs_note, r.channel, r.organisation_id, r.registered_at, r.placed_at, r.cancelled_at, r.attended, r.seq";

    /** What a registration led to: a place, or a position on the waiting list (0 with a place). */
    record Outcome(UUID registrationId, UUID residentId, Registration.Status status, int waitingPosition, String token,
                   ResidentMessages.Delivery delivery) {}

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final Residents residents;
    private final Participations participations;
    private final Collaborations collaborations;
    private final MeetingMessages messages;
    private final AuditTrail audit;

    Registrations(JdbcClient jdbc, Meetings meetings, Residents residents, Participations participations,
                  Collaborations collaborations, MeetingMessages messages, AuditTrail audit) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.residents = residents;
        this.participations = participations;
        this.collaborations = collaborations;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Registers someone: a place while there is one, else the next waiting-list position.
     *
     * @throws InvalidMeetingException  when the meeting is closed or needs lack consent
     * @throws nl.samenspraak.resident.InvalidResidentException when contact details are wrong
     */
    @Transactional
    Outcome register(UUID collaborationId, UUID meetingId, NewRegistration r) {
        String note = Text.cleanOrNull(r.needsNote());
        boolean hasNeeds = Registration.checkNeeds(r.needs(), note, r.consent());
        if (r.organisationId() != null && collaborations.registeredOrganisations(collaborationId).stream()
                .noneMatch(o -> o.id().equals(r.organisationId()))) {
            throw new InvalidMeetingException("organisationId", "meeting.error.organisation");
        }
        UUID residentId;
        if (r.existingResidentId() != null) {
            Resident resident = residents.find(collaborationId, r.existingResidentId())
                    .filter(x -> !x.erased()).orElseThrow(() -> new InvalidMeetingException("residentId", "meeting.error.resident"));
            residentId = resident.id();
        } else {
            residentId = residents.register(collaborationId, r.details());
        }
        Meeting meeting = meetings.lock(collaborationId, meetingId);
        Instant now = meetings.now();
        if (!meeting.openForRegistration(now)) {
            throw new InvalidMeetingException("meeting", "meeting.error.closed");
        }
        if (r.existingResidentId() != null && jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = :m"
                        + " AND resident_id = :r AND status <> 'CANCELLED'")
                .param("m", meeting.id()).param("r", residentId).query(Long.class).single() > 0) {
            throw new InvalidMeetingException("residentId", "meeting.error.alreadyRegistered");
        }
        Registration.Status status = Registration.newcomer(registeredCount(meeting.id()), meeting.capacity());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO meeting_registration (id, collaboration_id, meeting_id, resident_id, status, needs, needs_note,
                    needs_consent_at, channel, organisation_id, registered_by, registered_at, placed_at)
                VALUES (:id, :c, :m, :r, :status, :needs, :note, :consentAt, :channel, :org, :by, :now, :placed)
                """)
                .param("id", id).param("c", collaborationId).param("m", meeting.id()).param("r", residentId)
                .param("status", status.name()).param("needs", Registration.storeNeeds(r.needs())).param("note", note)
                .param("consentAt", hasNeeds ? Timestamp.from(now) : null).param("channel", r.channel())
                .param("org", r.organisationId()).param("by", r.registeredBy()).param("now", Timestamp.from(now))
                .param("placed", status == Registration.Status.REGISTERED ? Timestamp.from(now) : null)
                .update();
        participations.record(collaborationId, residentId, new Participations.Participation(Participations.Kind.MEETING,
                meeting.processId(), meeting.seriesId(), meeting.id(), r.channel(), r.organisationId()));
        String token = issueLink(meeting, residentId, id);
        int position = status == Registration.Status.WAITING ? waitingPosition(meeting.id(), id) : 0;
        ResidentMessages.Delivery delivery = messages.send(status == Registration.Status.REGISTERED
                ? MeetingMessages.Kind.CONFIRMED : MeetingMessages.Kind.WAITING, meeting, residentId, token, position);
        if (r.registeredBy() != null) {
            audit.record(collaborationId, r.actor(), "meeting.registration.create", "meeting_registration", id, status.name());
        }
        return new Outcome(id, residentId, status, position, token, delivery);
    }

    /** Cancels a registration; a place that comes free goes to the first one waiting. */
    @Transactional
    void cancel(UUID collaborationId, UUID registrationId, String staffActor) {
        Registration registration = find(collaborationId, registrationId).orElseThrow(NotFoundException::new);
        Meeting meeting = meetings.lock(collaborationId, registration.meetingId());
        Registration current = find(collaborationId, registrationId).orElseThrow(NotFoundException::new);
        if (!current.active()) {
            return;
        }
        Registration cancelled = current.cancel(meetings.now());
        // Needs go with the cancellation, and so does the consent that was only for them.
        jdbc.sql("""
                UPDATE meeting_registration SET status = :status, cancelled_at = :at, needs = :needs, needs_note = :note,
                    needs_consent_at = NULL
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("status", cancelled.status().name()).param("at", Timestamp.from(cancelled.cancelledAt()))
                .param("needs", Registration.storeNeeds(cancelled.needs())).param("note", cancelled.needsNote())
                .param("id", registrationId).param("c", collaborationId)
                .update();
        if (staffActor != null) {
            audit.record(collaborationId, staffActor, "meeting.registration.cancel", "meeting_registration", registrationId,
                    current.status().name());
            messages.send(MeetingMessages.Kind.REGISTRATION_CANCELLED, meeting, current.residentId(), null, 0);
        }
        if (current.holdsPlace()) {
            fillFreePlaces(meeting);
        }
    }

    /** Gives free places to those waiting longest; the meeting must be locked by the caller. */
    void fillFreePlaces(Meeting meeting) {
        if (meeting.status() != Meeting.Status.PLANNED || !meeting.openForRegistration(meetings.now())) {
            return;
        }
        int free = meeting.capacity() - registeredCount(meeting.id());
        if (free <= 0) {
            return;
        }
        List<Registration> movingUp = jdbc.sql("""
                UPDATE meeting_registration SET status = 'REGISTERED', placed_at = :now
                WHERE id IN (SELECT id FROM meeting_registration WHERE meeting_id = :m AND status = 'WAITING'
                             ORDER BY seq LIMIT :free)
                RETURNING id, collaboration_id, meeting_id, resident_id, status, needs, needs_note, channel,
                    organisation_id, registered_at, placed_at, cancelled_at, attended, seq
                """)
                .param("now", Timestamp.from(meetings.now())).param("m", meeting.id()).param("free", free)
                .query(ROW).list();
        for (Registration r : movingUp) {
            messages.send(MeetingMessages.Kind.MOVED_UP, meeting, r.residentId(), issueLink(meeting, r.residentId(), r.id()), 0);
        }
    }

    String issueLink(Meeting meeting, UUID residentId, UUID registrationId) {
        Duration validFor = Duration.between(meetings.now(), meeting.endsAt()).plusDays(30);
        return residents.issueLink(meeting.collaborationId(), residentId, LINK_PURPOSE, registrationId,
                validFor.isNegative() ? Duration.ofDays(30) : validFor);
    }

    int registeredCount(UUID meetingId) {
        return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = :m AND status = 'REGISTERED'")
                .param("m", meetingId).query(Integer.class).single();
    }

    /** 1 for the first one waiting; 0 for anyone not waiting. */
    int waitingPosition(UUID meetingId, UUID registrationId) {
        return jdbc.sql("""
                SELECT CASE WHEN me.status = 'WAITING' THEN (SELECT count(*) FROM meeting_registration w
                    WHERE w.meeting_id = :m AND w.status = 'WAITING' AND w.seq <= me.seq) ELSE 0 END
                FROM meeting_registration me WHERE me.id = :id AND me.meeting_id = :m
                """)
                .param("m", meetingId).param("id", registrationId).query(Integer.class).optional().orElse(0);
    }

    Optional<Registration> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_registration r WHERE r.id = :id AND r.collaboration_id = :c")
                .param("id", id).param("c", collaborationId).query(ROW).optional();
    }

    /** Everyone registered for a meeting: places first, then the waiting list in order, then cancellations. */
    List<Registration> ofMeeting(UUID collaborationId, UUID meetingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_registration r WHERE r.meeting_id = :m AND r.collaboration_id = :c"
                        + " ORDER BY CASE r.status WHEN 'REGISTERED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, r.seq")
                .param("m", meetingId).param("c", collaborationId).query(ROW).list();
    }

    static final RowMapper<Registration> ROW = (rs, n) -> new Registration(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getObject("meeting_id", UUID.class),
            rs.getObject("resident_id", UUID.class), Registration.Status.valueOf(rs.getString("status")),
            Registration.parseNeeds(rs.getString("needs")), rs.getString("needs_note"), rs.getString("channel"),
            rs.getObject("organisation_id", UUID.class), rs.getTimestamp("registered_at").toInstant(),
            rs.getTimestamp("placed_at") == null ? null : rs.getTimestamp("placed_at").toInstant(),
            rs.getTimestamp("cancelled_at") == null ? null : rs.getTimestamp("cancelled_at").toInstant(),
            (Boolean) rs.getObject("attended"), rs.getLong("seq"));
}
