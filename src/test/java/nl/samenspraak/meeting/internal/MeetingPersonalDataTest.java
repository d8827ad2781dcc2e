package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MeetingPersonalDataTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired MeetingInputs inputs;
    @Autowired List<PersonalDataHolder> holders;
    @Autowired JdbcClient jdbc;

    @Test
    void exportShowsEveryRegistrationAndInputAndErasureLeavesNothingThatIdentifiesTheResident() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        MeetingData data = new MeetingData(venues, meetings, registrations, jdbc);
        UUID meeting = data.aMeeting(world, fixtures.aProcess(world), 1, 10);
        UUID past = data.aMeeting(world, fixtures.aProcess(world), 5, 3);
        var fatima = registrations.register(c, meeting, new NewRegistration(null,
                new ResidentDetails("Fatima", "fatima@example.org", null, null, ContactChannel.EMAIL, "nl"),
                List.of(Registration.Need.INTERPRETER), "Arabisch graag", true, Registration.ONLINE, null, null, null));
        var waiting = data.register(world, meeting, "next@example.org");
        var atPast = registrations.register(c, past, new NewRegistration(fatima.residentId(), null,
                List.of(Registration.Need.DIET), "Halal", true, "STAFF", null, world.coordinatorId(), "test"));
        data.hasStarted(past);
        inputs.capture(meetings.find(c, past).orElseThrow(), "Meer licht in het park", false, atPast.registrationId(),
                true, world.coordinatorId());
        MeetingPersonalData holder = holders.stream().filter(MeetingPersonalData.class::isInstance)
                .map(MeetingPersonalData.class::cast).findFirst().orElseThrow();
        ResidentIdentity who = new ResidentIdentity(c, fatima.residentId(), "fatima@example.org", null);

        List<PersonalDataSection> export = holder.export(who);
        assertThat(export).extracting(PersonalDataSection::titleKey)
                .containsExactly("meeting.privacy.registrations", "meeting.privacy.inputs");
        assertThat(export.getFirst().records()).hasSize(2);
        assertThat(export.getFirst().records().getFirst().fields())
                .anySatisfy(f -> assertThat(f.valueKeys()).as("needs in words, not codes").containsExactly("meeting.need.INTERPRETER"))
                .anySatisfy(f -> assertThat(f.value()).isEqualTo("Arabisch graag"));
        assertThat(export.get(1).records()).hasSize(1);

        holder.erase(who);

        assertThat(jdbc.sql("SELECT count(*) FROM meeting_registration WHERE resident_id = :r AND (needs <> '' OR needs_note IS NOT NULL)")
                .param("r", fatima.residentId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_input WHERE registration_id IN (SELECT id FROM meeting_registration WHERE resident_id = :r)")
                .param("r", fatima.residentId()).query(Long.class).single()).isZero();
        assertThat(registrations.find(c, fatima.registrationId()).orElseThrow().status())
                .as("a place at a meeting still to come is given up").isEqualTo(Registration.Status.CANCELLED);
        assertThat(registrations.find(c, waiting.registrationId()).orElseThrow().status())
                .as("and goes to whoever waited").isEqualTo(Registration.Status.REGISTERED);
        assertThat(jdbc.sql("SELECT count(*) FROM meeting_input WHERE meeting_id = :m").param("m", past)
                .query(Long.class).single()).as("the input itself stays").isEqualTo(1);
        assertThat(holder.export(who).getFirst().records()).allSatisfy(r -> assertThat(r.fields())
                .noneSatisfy(f -> assertThat(f.value()).isIn("Arabisch graag", "Halal", "INTERPRETER", "DIET")));
    }
}
