package nl.samenspraak.meeting.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One of every meeting object a collaboration can have, as the path variables of the staff pages. */
public final class MeetingIsolationCases {

    private MeetingIsolationCases() {}

    public static Map<String, String> of(ApplicationContext context, World world, UUID process) {
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
        form.setStartsOn(LocalDate.now().withDayOfMonth(1).toString());
        UUID series = context.getBean(MeetingSeries.class).create(world.collaboration().id(), form, "test");
        return Map.of("{meetingId}", meeting.toString(), "{registrationId}", registration.toString(),
                "{venueId}", m.venueId().toString(), "{seriesId}", series.toString());
    }
}
