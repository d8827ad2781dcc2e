package nl.samenspraak.meeting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.Text;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Venues of a collaboration, kept once so every meeting there shows the same accessibility. */
@Service
class Venues {

    static final String COLUMNS = "v.id, v.collaboration_id, v.name, v.address, v.step_free, v.accessible_toilet,"
            + " v.hearing_loop, v.public_transport, v.parking, v.notes";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Venues(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    List<Venue> all(UUID collaborationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_venue v WHERE v.collaboration_id = :c ORDER BY lower(v.name), v.seq")
                .param("c", collaborationId).query(ROW).list();
    }

    Optional<Venue> find(UUID collaborationId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_venue v WHERE v.id = :id AND v.collaboration_id = :c")
                .param("id", id).param("c", collaborationId).query(ROW).optional();
    }

    @Transactional
    UUID create(UUID collaborationId, VenueForm form, String actor) {
        Venue v = checked(form, UUID.randomUUID(), collaborationId);
        jdbc.sql("""
                INSERT INTO meeting_venue (id, collaboration_id, name, address, step_free, accessible_toilet,
                    hearing_loop, public_transport, parking, notes, created_at)
                VALUES (:id, :c, :name, :address, :stepFree, :toilet, :loop, :transport, :parking, :notes, :now)
                """)
                .param("id", v.id()).param("c", collaborationId).param("name", v.name()).param("address", v.address())
                .param("stepFree", v.stepFree()).param("toilet", v.accessibleToilet()).param("loop", v.hearingLoop())
                .param("transport", v.publicTransport()).param("parking", v.parking()).param("notes", v.notes())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        audit.record(collaborationId, actor, "meeting.venue.create", "meeting_venue", v.id(), "created");
        return v.id();
    }

    @Transactional
    void update(UUID collaborationId, UUID id, VenueForm form, String actor) {
        Venue v = checked(form, id, collaborationId);
        int updated = jdbc.sql("""
                UPDATE meeting_venue SET name = :name, address = :address, step_free = :stepFree,
                    accessible_toilet = :toilet, hearing_loop = :loop, public_transport = :transport,
                    parking = :parking, notes = :notes
                WHERE id = :id AND collaboration_id = :c
                """)
                .param("id", id).param("c", collaborationId).param("name", v.name()).param("address", v.address())
                .param("stepFree", v.stepFree()).param("toilet", v.accessibleToilet()).param("loop", v.hearingLoop())
                .param("transport", v.publicTransport()).param("parking", v.parking()).param("notes", v.notes())
                .update();
        if (updated == 0) {
            throw new NotFoundException();
        }
        audit.record(collaborationId, actor, "meeting.venue.update", "meeting_venue", id, "updated");
    }

    /** The rules of a form, checked before anything is stored (so a form's own errors come before plain language). */
    static void check(VenueForm form) {
        checked(form, UUID.randomUUID(), null);
    }

    private static Venue checked(VenueForm form, UUID id, UUID collaborationId) {
        String name = Text.clean(form.getName());
        String address = Text.clean(form.getAddress());
        String notes = Text.cleanOrNull(form.getNotes());
        if (name.isEmpty()) {
            throw new InvalidMeetingException("name", "meeting.error.venueNameRequired");
        }
        if (name.length() > 200) {
            throw new InvalidMeetingException("name", "meeting.error.tooLong200");
        }
        if (address.isEmpty()) {
            throw new InvalidMeetingException("address", "meeting.error.addressRequired");
        }
        if (address.length() > 500) {
            throw new InvalidMeetingException("address", "meeting.error.tooLong500");
        }
        if (notes != null && notes.length() > 2000) {
            throw new InvalidMeetingException("notes", "meeting.error.tooLong2000");
        }
        return new Venue(id, collaborationId, name, address, form.isStepFree(), form.isAccessibleToilet(),
                form.isHearingLoop(), form.isPublicTransport(), form.isParking(), notes);
    }

    static final RowMapper<Venue> ROW = (rs, n) -> new Venue(rs.getObject("id", UUID.class),
            rs.getObject("collaboration_id", UUID.class), rs.getString("name"), rs.getString("address"),
            rs.getBoolean("step_free"), rs.getBoolean("accessible_toilet"), rs.getBoolean("hearing_loop"),
            rs.getBoolean("public_transport"), rs.getBoolean("parking"), rs.getString("notes"));
}
