package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistrationsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired MeetingChanges changes;
    @Autowired MeetingReminders reminders;
    @Autowired JdbcClient jdbc;
    MeetingData data;

    @BeforeEach
    void data() {
        data = new MeetingData(venues, meetings, registrations, jdbc);
    }

    @Test
    void aFullMeetingOffersTheWaitingListThatMovesUpByItselfWhenSomeoneCancels() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID meeting = data.aMeeting(world, fixtures.aProcess(world), 1, 10);

        var ans = data.register(world, meeting, "ans@example.org");
        var kees = data.register(world, meeting, "kees@example.org");
        var mo = data.register(world, meeting, "mo@example.org");

        assertThat(ans.status()).isEqualTo(Registration.Status.REGISTERED);
        assertThat(kees.status()).isEqualTo(Registration.Status.WAITING);
        assertThat(kees.waitingPosition()).isEqualTo(1);
        assertThat(mo.waitingPosition()).isEqualTo(2);

        registrations.cancel(c, ans.registrationId(), null);

        assertThat(registrations.find(c, kees.registrationId()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
        assertThat(registrations.waitingPosition(meeting, mo.registrationId())).isEqualTo(1);
        assertThat(data.mailSubjectsTo(c, "kees@example.org")).containsExactly(
                "U staat op de wachtlijst: Samen eten in de wijk", "Er is een plaats voor u: Samen eten in de wijk");
        assertThat(data.mailSubjectsTo(c, "mo@example.org")).hasSize(1);

        // More places: whoever waits longest moves up at once.
        MeetingForm bigger = MeetingForm.of(meetings.find(c, meeting).orElseThrow());
        bigger.setCapacity("5");
        changes.change(c, meeting, bigger, "test");
        assertThat(registrations.find(c, mo.registrationId()).orElseThrow().status()).isEqualTo(Registration.Status.REGISTERED);
    }

    @Test
    void needsAreStoredOnlyWithConsentAndGoWhenSomeoneCancels() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID meeting = data.aMeeting(world, null, 10, 10);
        long residentsBefore = count("resident", c);
        var withoutConsent = new NewRegistration(null,
                new ResidentDetails("Fatima", "fatima@example.org", null, null, ContactChannel.EMAIL, "nl"),
                List.of(Registration.Need.INTERPRETER), "Arabisch", false, Registration.ONLINE, null, null, null);

        assertThatThrownBy(() -> registrations.register(c, meeting, withoutConsent))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.field()).isEqualTo("consent"));
        assertThat(count("resident", c)).isEqualTo(residentsBefore);
        assertThat(count("meeting_registration", c)).isZero();

        var outcome = registrations.register(c, meeting, new NewRegistration(null,
                new ResidentDetails("Fatima", "fatima@example.org", null, null, ContactChannel.EMAIL, "nl"),
                List.of(Registration.Need.INTERPRETER, Registration.Need.CHILDCARE), "Arabisch, en opvang voor twee kinderen",
                true, Registration.ONLINE, null, null, null));
        Registration stored = registrations.find(c, outcome.registrationId()).orElseThrow();
        assertThat(stored.needs()).containsExactly(Registration.Need.INTERPRETER, Registration.Need.CHILDCARE);
        assertThat(stored.needsNote()).isEqualTo("Arabisch, en opvang voor twee kinderen");

        registrations.cancel(c, stored.id(), null);
        Registration cancelled = registrations.find(c, stored.id()).orElseThrow();
        assertThat(cancelled.needs()).isEmpty();
        assertThat(cancelled.needsNote()).isNull();
    }

    @Test
    void theConfirmationCarriesACalendarFileThatFollowsRfc5545() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID meeting = data.aMeeting(world, null, 10, 10);
        jdbc.sql("UPDATE meeting SET title = :t WHERE id = :m")
                .param("t", "Eten, praten; en \\ meer: een heel lange titel met é en ü die zeker over de vijfenzeventig tekens gaat")
                .param("m", meeting).update();

        data.register(world, meeting, "ics@example.org");

        var row = jdbc.sql("SELECT attachment_name, attachment_type, attachment FROM outbox_mail WHERE collaboration_id = :c"
                        + " AND recipient = 'ics@example.org'")
                .param("c", c).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBytes(3)}).single();
        assertThat(row[0]).isEqualTo("bijeenkomst.ics");
        assertThat((String) row[1]).startsWith("text/calendar");
        byte[] bytes = (byte[]) row[2];
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + meeting + "@samenspraak\r\n")
                .containsPattern("DTSTAMP:\\d{8}T\\d{6}Z\r\n")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z\r\n")
                .contains("SUMMARY:Eten\\, praten\\; en \\\\ meer: een heel lange titel met é en ü")
                .contains("LOCATION:Buurthuis De Linde\\, Lindelaan 4\\, 1791 AB Den Burg\r\n")
                .contains("STATUS:CONFIRMED");
        Meeting m = meetings.find(c, meeting).orElseThrow();
        assertThat(unfolded).contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(m.startsAt()));
    }

    @Test
    void eachReminderGoesOnceEvenWhenTwoNodesRunAtTheSameMoment() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID meeting = data.aMeeting(world, null, 10, 10);
        data.register(world, meeting, "r1@example.org");
        data.register(world, meeting, "r2@example.org");
        var startsAt = meetings.find(c, meeting).orElseThrow().startsAt();
        var dayBefore = startsAt.minus(Duration.ofDays(1));

        // The job covers every collaboration: other tests' meetings may be due, so look at this one's mail only.
        reminders.sendDue(startsAt.minus(Duration.ofDays(3)));
        assertThat(data.mailSubjectsTo(c, "r1@example.org")).as("too early")
                .noneMatch(s -> s.startsWith("Over twee dagen"));
        CountDownLatch go = new CountDownLatch(1);
        var nodeA = CompletableFuture.supplyAsync(() -> { await(go); return reminders.sendDue(dayBefore); });
        var nodeB = CompletableFuture.supplyAsync(() -> { await(go); return reminders.sendDue(dayBefore); });
        go.countDown();
        nodeA.get();
        nodeB.get();
        reminders.sendDue(dayBefore.plusSeconds(60));

        assertThat(data.mailSubjectsTo(c, "r1@example.org")).containsExactly(
                "U bent aangemeld: Samen eten in de wijk", "Over twee dagen: Samen eten in de wijk");
        assertThat(data.mailSubjectsTo(c, "r2@example.org")).filteredOn(s -> s.startsWith("Over twee dagen")).hasSize(1);
    }

    @Test
    void callingOffTheMeetingTellsEveryoneWithAPlaceOrOnTheWaitingList() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID meeting = data.aMeeting(world, null, 1, 10);
        data.register(world, meeting, "place@example.org");
        data.register(world, meeting, "waiting@example.org");

        assertThat(changes.cancel(c, meeting, world.coordinatorEmail())).isEqualTo(2);

        assertThat(data.mailSubjectsTo(c, "place@example.org")).last().isEqualTo("Gaat niet door: Samen eten in de wijk");
        assertThat(data.mailSubjectsTo(c, "waiting@example.org")).last().isEqualTo("Gaat niet door: Samen eten in de wijk");
        assertThatThrownBy(() -> data.register(world, meeting, "late@example.org"))
                .isInstanceOfSatisfying(InvalidMeetingException.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.error.closed"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long count(String table, UUID c) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE collaboration_id = :c").param("c", c).query(Long.class).single();
    }
}
