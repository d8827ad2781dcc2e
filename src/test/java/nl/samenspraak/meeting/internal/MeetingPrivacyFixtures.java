package nl.samenspraak.meeting.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meeting data about one existing resident, for privacy tests outside this package. */
public final class MeetingPrivacyFixtures {

    private MeetingPrivacyFixtures() {}

    /** Registers the resident with needs for a meeting that then took place, and records that they came. */
    public static UUID aRegistrationWithNeedsAndAttendance(ApplicationContext context, World world, UUID processId,
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
