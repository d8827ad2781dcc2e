package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The meeting module with the modules it uses (directly or through them; resident needs process, process needs knowledge), against its own embedded PostgreSQL: with one
 * place left, the first resident gets it and the second is first on the waiting list.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class MeetingModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired Clock clock;

    @Test
    void lastPlaceGoesToTheFirstAndTheNextWaits() {
        UUID c = collaborations.create("meeting-module-" + UUID.randomUUID().toString().substring(0, 8), "Meetingmodule",
                "Texel", "Een samenwerkingsverband voor de moduletest.", List.of(), List.of(), "test").id();
        VenueForm venue = new VenueForm();
        venue.setName("Buurthuis De Linde");
        venue.setAddress("Lindelaan 4, 1791 AB Den Burg");
        MeetingForm form = new MeetingForm();
        form.setTitle("Samen eten in de wijk");
        form.setAbout("We praten over een maaltijd voor wie alleen eet.");
        form.setProcessId("");
        form.setSeriesId("");
        form.setVenueId(venues.create(c, venue, "test").toString());
        form.setDate(LocalDate.now(clock).plusDays(10).toString());
        form.setStartTime("19:00");
        form.setEndTime("21:00");
        form.setCapacity("1");
        UUID meeting = meetings.create(c, form, "test");

        var first = registrations.register(c, meeting, anOnlineRegistration("eerste@example.org"));
        var second = registrations.register(c, meeting, anOnlineRegistration("tweede@example.org"));

        assertThat(first.status()).isEqualTo(Registration.Status.REGISTERED);
        assertThat(second.status()).isEqualTo(Registration.Status.WAITING);
        assertThat(second.waitingPosition()).isEqualTo(1);
    }

    private static NewRegistration anOnlineRegistration(String email) {
        return new NewRegistration(null, new ResidentDetails("Ans " + email, email, null, null, ContactChannel.EMAIL, "nl"),
                List.of(), null, false, Registration.ONLINE, null, null, null);
    }
}
