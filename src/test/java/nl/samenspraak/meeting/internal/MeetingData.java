package nl.samenspraak.meeting.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for meetings: a venue residents trust, meetings at it, and people registering. */
final class MeetingData {

    private final Venues venues;
    private final Meetings meetings;
    private final Registrations registrations;
    private final JdbcClient jdbc;

    MeetingData(Venues venues, Meetings meetings, Registrations registrations, JdbcClient jdbc) {
        this.venues = venues;
        this.meetings = meetings;
        this.registrations = registrations;
        this.jdbc = jdbc;
    }

    UUID aCommunityCentre(World world) {
        VenueForm form = new VenueForm();
        form.setName("Buurthuis De Linde");
        form.setAddress("Lindelaan 4, 1791 AB Den Burg");
        form.setStepFree(true);
        form.setHearingLoop(true);
        form.setNotes("Er is koffie en thee.");
        return venues.create(world.collaboration().id(), form, "test");
    }

    /** A planned meeting of two hours, {@code daysAhead} days from now at 19:00 Dutch time. */
    UUID aMeeting(World world, UUID processId, int capacity, int daysAhead) {
        return aMeeting(world, processId, null, capacity, LocalDateTime.now(Meeting.ZONE).plusDays(daysAhead).toLocalDate()
                .atTime(19, 0));
    }

    UUID aMeeting(World world, UUID processId, UUID seriesId, int capacity, LocalDateTime start) {
        MeetingForm form = new MeetingForm();
        form.setTitle("Samen eten in de wijk");
        form.setAbout("We praten over een maaltijd voor wie alleen eet.");
        form.setProcessId(processId == null ? "" : processId.toString());
        form.setSeriesId(seriesId == null ? "" : seriesId.toString());
        form.setVenueId(aCommunityCentre(world).toString());
        form.setDate(start.toLocalDate().toString());
        form.setStartTime(start.toLocalTime().toString());
        form.setEndTime(start.toLocalTime().plusHours(2).toString());
        form.setCapacity(String.valueOf(capacity));
        return meetings.create(world.collaboration().id(), form, "test");
    }

    Registrations.Outcome register(World world, UUID meeting, String email) {
        return registrations.register(world.collaboration().id(), meeting, new NewRegistration(null,
                new ResidentDetails("Ans " + email, email, null, null, ContactChannel.EMAIL, "nl"), List.of(), null,
                false, Registration.ONLINE, null, null, null));
    }

    /** Moves a meeting into the past, as if the days until it had gone by. */
    void hasStarted(UUID meeting) {
        jdbc.sql("UPDATE meeting SET starts_at = starts_at - interval '60 days', ends_at = ends_at - interval '60 days' WHERE id = :m")
                .param("m", meeting).update();
    }

    List<String> mailSubjectsTo(UUID collaboration, String email) {
        return jdbc.sql("SELECT subject FROM outbox_mail WHERE collaboration_id = :c AND recipient = :r ORDER BY created_at")
                .param("c", collaboration).param("r", email).query(String.class).list();
    }

    Instant now() {
        return meetings.now();
    }
}
