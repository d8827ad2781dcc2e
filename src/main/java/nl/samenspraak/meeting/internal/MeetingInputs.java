package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Input raised at a meeting becomes ordinary input (channel MEETING) of the meeting's process,
 * so it gets an answer on time like any other; this module only remembers where it was raised.
 */
@Service
class MeetingInputs {

    /** An input raised at the meeting, with its current answer status. */
    record Raised(Input input, UUID registrationId) {}

    private final JdbcClient jdbc;
    private final InputIntake intake;
    private final InputViews views;
    private final Residents residents;
    private final Registrations registrations;
    private final Clock clock;

    MeetingInputs(JdbcClient jdbc, InputIntake intake, InputViews views, Residents residents,
                  Registrations registrations, Clock clock) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.views = views;
        this.residents = residents;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * @param registrationId who raised it, when they want the answer through their own channel (with consent)
     * @throws nl.samenspraak.input.InvalidInputException when the text breaks an input rule
     */
    @Transactional
    UUID capture(Meeting meeting, String text, boolean publish, UUID registrationId, boolean consent, UUID staffId) {
        if (meeting.processId() == null) {
            throw new InvalidMeetingException("text", "meeting.error.noProcess");
        }
        Author author = Author.anonymous();
        if (registrationId != null) {
            Registration r = registrations.find(meeting.collaborationId(), registrationId)
                    .filter(x -> x.meetingId().equals(meeting.id()))
                    .orElseThrow(() -> new InvalidMeetingException("registrationId", "meeting.error.registration"));
            if (!consent) {
                throw new InvalidMeetingException("consent", "meeting.error.answerConsent");
            }
            author = authorOf(residents.find(meeting.collaborationId(), r.residentId()).orElseThrow(NotFoundException::new));
        }
        LocalDate today = LocalDate.now(clock.withZone(Meeting.ZONE));
        LocalDate receivedOn = meeting.date().isAfter(today) ? today : meeting.date();
        UUID inputId = intake.capture(meeting.collaborationId(), meeting.processId(),
                new NewInput(text, Channel.MEETING, receivedOn, publish, author, staffId)).id();
        jdbc.sql("""
                INSERT INTO meeting_input (meeting_id, input_id, collaboration_id, registration_id, created_at)
                VALUES (:m, :i, :c, :r, :now)
                """)
                .param("m", meeting.id()).param("i", inputId).param("c", meeting.collaborationId())
                .param("r", registrationId).param("now", Timestamp.from(clock.instant()))
                .update();
        return inputId;
    }

    /** The inputs of a meeting in the order they were raised, each with its answer status (two queries). */
    List<Raised> of(UUID collaborationId, UUID meetingId) {
        record Link(UUID inputId, UUID registrationId) {}
        List<Link> links = jdbc.sql("SELECT input_id, registration_id FROM meeting_input WHERE meeting_id = :m"
                        + " AND collaboration_id = :c ORDER BY seq")
                .param("m", meetingId).param("c", collaborationId)
                .query((rs, n) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        Map<UUID, Input> inputs = views.findAll(collaborationId, links.stream().map(Link::inputId).toList());
        return links.stream().filter(l -> inputs.containsKey(l.inputId()))
                .map(l -> new Raised(inputs.get(l.inputId()), l.registrationId())).toList();
    }

    /** The resident's own channel and details become the input's, so the answer reaches them. */
    private static Author authorOf(Resident r) {
        ContactBy by = switch (r.contactBy()) {
            case EMAIL -> ContactBy.EMAIL;
            case POST -> ContactBy.POST;
            case PHONE -> ContactBy.PHONE;
            case NONE -> ContactBy.NONE;
        };
        return new Author(r.name(), r.email(), r.postalAddress(), r.phone(), by, true);
    }
}
