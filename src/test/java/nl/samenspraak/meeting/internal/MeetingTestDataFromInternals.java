package nl.samenspraak.meeting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.meeting.MeetingTestData;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Makes the meeting data other modules' tests ask {@link MeetingTestData} for; listed in META-INF/services. */
public final class MeetingTestDataFromInternals implements MeetingTestData {

    @Override
    public Map<String, String> isolationObjects(ApplicationContext context, World world, UUID process) {
        MeetingData data = new MeetingData(context.getBean(Venues.class), context.getBean(Meetings.class),
                context.getBean(Registrations.class), context.getBean(JdbcClient.class));
        UUID meeting = data.aMeeting(world, process, 5, 10);
        UUID registration = data.register(world, meeting, "isolation@example.org").registrationId();
        Meeting m = context.getBean(Meetings.class).find(world.collaboration().id(), meeting).orElseThrow();
        SeriesForm form = new SeriesForm();
        form.setName("Klankbordgroep");
        form.setPurpose("Praten over zorg in de wijk.");
        form.setCadence("MONTHLY");
        form.setPlannedPerYear("12");
        form.setStartsOn(LocalDate.now(context.getBean(Clock.class)).withDayOfMonth(1).toString());
        UUID series = context.getBean(MeetingSeries.class).create(world.collaboration().id(), form, "test");
        return Map.of("{meetingId}", meeting.toString(), "{registrationId}", registration.toString(),
                "{venueId}", m.venueId().toString(), "{seriesId}", series.toString());
    }

    @Override
    public Map<String, String> aRegistrationWithNeeds(ApplicationContext context, World world, UUID process,
                                                      String email, String phone, String needsNote) {
        Map<String, String> objects = new HashMap<>(isolationObjects(context, world, process));
        UUID meeting = UUID.fromString(objects.get("{meetingId}"));
        UUID registration = context.getBean(Registrations.class).register(world.collaboration().id(), meeting,
                new NewRegistration(null, new ResidentDetails("Aanmelder Met Wensen", email, phone, null,
                        ContactChannel.EMAIL, "nl"), List.of(Registration.Need.INTERPRETER), needsNote, true,
                        Registration.ONLINE, null, null, null)).registrationId();
        objects.put("{registrationId}", registration.toString());
        return objects;
    }

    @Override
    public UUID aRegistrationWithNeedsAndAttendance(ApplicationContext context, World world, UUID processId,
                                                    UUID residentId, String needsNote) {
        UUID c = world.collaboration().id();
        Meetings meetings = context.getBean(Meetings.class);
        Registrations registrations = context.getBean(Registrations.class);
        MeetingData data = new MeetingData(context.getBean(Venues.class), meetings, registrations,
                context.getBean(JdbcClient.class));
        UUID meeting = data.aMeeting(world, processId, 10, 5);
        var registered = registrations.register(c, meeting, new NewRegistration(residentId, null,
                List.of(Registration.Need.TRANSPORT, Registration.Need.INTERPRETER), needsNote, true, "STAFF", null,
                world.coordinatorId(), "test"));
        data.hasStarted(meeting);
        context.getBean(MeetingChanges.class).recordAttendance(c, meeting, Set.of(registered.registrationId()), "0", "test");
        return registered.registrationId();
    }
}
