package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meeting pages need the same few queries for 2 rows as for 20 (no N+1). */
class MeetingQueriesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;
    MeetingData data;

    @BeforeEach
    void data() {
        data = new MeetingData(venues, meetings, registrations, jdbc);
    }

    @Test
    void staffMeetingPageQueriesDoNotGrowWithTheNumberOfRegistrations() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID small = meetingWithRegistrations(world, process, 2);
        UUID full = meetingWithRegistrations(world, process, 20);

        long smallQueries = staffPage(world, small);
        long fullQueries = staffPage(world, full);

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(15);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    @Test
    void publicMeetingsOfAProcessQueriesDoNotGrowWithTheNumberOfMeetings() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID small = processWithMeetings(world, 2);
        UUID full = processWithMeetings(world, 20);

        long smallQueries = PageQueries.fewest(mvc, () -> get("/trajecten/{id}/bijeenkomsten", small));
        long fullQueries = PageQueries.fewest(mvc, () -> get("/trajecten/{id}/bijeenkomsten", full));

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(10);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    private UUID meetingWithRegistrations(World world, UUID process, int count) {
        UUID meeting = data.aMeeting(world, process, 30, 10);
        for (int i = 0; i < count; i++) {
            data.register(world, meeting, "deelnemer-" + UUID.randomUUID() + "@example.org");
        }
        return meeting;
    }

    private UUID processWithMeetings(World world, int count) {
        UUID process = fixtures.aProcess(world);
        for (int i = 0; i < count; i++) {
            UUID meeting = data.aMeeting(world, process, 10, 5 + i);
            data.register(world, meeting, "bezoeker-" + UUID.randomUUID() + "@example.org");
        }
        return process;
    }

    private long staffPage(World world, UUID meeting) throws Exception {
        return PageQueries.fewest(mvc, () -> get("/beheer/{slug}/bijeenkomsten/{id}", world.collaboration().slug(), meeting)
                .with(as(world.coordinatorEmail())));
    }
}
