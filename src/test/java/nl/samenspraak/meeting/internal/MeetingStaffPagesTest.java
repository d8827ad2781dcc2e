package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Channel;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputViews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

class MeetingStaffPagesTest extends IntegrationTest {

    static final List<String> HOSTILE = List.of("\"><svg onload=alert(1)>", "<script>alert(1)</script>",
            "'; DROP TABLE meeting; --", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]", "=HYPERLINK(\"x\")",
            "\u202Egnp.exe", "nul\u0000byte", "x".repeat(64 * 1024));

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired MeetingSeries series;
    @Autowired FeedbackLoop feedback;
    @Autowired InputViews inputViews;
    @Autowired JdbcClient jdbc;
    MeetingData data;

    @BeforeEach
    void data() {
        data = new MeetingData(venues, meetings, registrations, jdbc);
    }

    @Test
    void coordinatorPlansAMeetingAtAVenueAndEveryStaffPageShows() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID process = fixtures.aProcess(world);

        assertThat(page("/beheer/" + slug + "/bijeenkomsten", world.coordinatorEmail()).getContentAsString())
                .contains("Voeg eerst een locatie toe");
        var venue = mvc.perform(post("/beheer/{s}/bijeenkomsten/locaties", slug).with(as(world.coordinatorEmail())).with(csrf())
                .param("name", "Sportclub De Vaart").param("address", "Vaartweg 1").param("stepFree", "true")
                .param("notes", "Koffie en thee")).andReturn().getResponse();
        assertThat(venue.getStatus()).isEqualTo(302);
        UUID venueId = venues.all(world.collaboration().id()).getFirst().id();
        String date = LocalDate.now(Meeting.ZONE).plusDays(20).toString();
        var created = mvc.perform(post("/beheer/{s}/bijeenkomsten/nieuw", slug).with(as(world.coordinatorEmail())).with(csrf())
                .param("title", "Praat mee over bewegen").param("about", "Wat helpt u om meer te bewegen?")
                .param("processId", process.toString()).param("venueId", venueId.toString()).param("date", date)
                .param("startTime", "14:00").param("endTime", "16:00").param("capacity", "12")).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String meetingPath = created.getRedirectedUrl().replaceFirst("\\?.*", "");
        assertThat(page(meetingPath, world.viewerEmail()).getContentAsString()).contains("Praat mee over bewegen")
                .contains("0 van 12 bezet").doesNotContain("Bijeenkomst afgelasten");
        for (String path : List.of(meetingPath + "/wijzigen", meetingPath + "/aanmelden?zoek=ans", meetingPath + "/inbreng",
                "/beheer/" + slug + "/bijeenkomsten", "/beheer/" + slug + "/bijeenkomsten/locaties",
                "/beheer/" + slug + "/bijeenkomsten/locaties/" + venueId, "/beheer/" + slug + "/bijeenkomsten/reeksen")) {
            assertThat(page(path, world.coordinatorEmail()).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(mvc.perform(post("/beheer/{s}/bijeenkomsten/nieuw", slug).with(as(world.viewerEmail())).with(csrf())
                .param("title", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void staffRegisterSomeoneWithChannelAndPartnerRecordAttendanceMinutesAndInputThatGetsAnAnswer() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        UUID process = fixtures.aProcess(world);
        UUID meeting = data.aMeeting(world, process, 10, 5);
        UUID organisation = jdbc.sql("SELECT id FROM member_organisation WHERE collaboration_id = :c").param("c", c)
                .query(UUID.class).list().getFirst();
        String base = "/beheer/" + slug + "/bijeenkomsten/" + meeting;

        var registered = mvc.perform(post(base + "/aanmelden").with(as(world.professionalEmail())).with(csrf())
                .param("name", "Kees").param("contactBy", "POST").param("postalAddress", "Dorpsstraat 1, 1791 AA Den Burg")
                .param("channel", "DOOR_TO_DOOR").param("organisationId", organisation.toString())
                .param("needs", "TRANSPORT").param("consent", "true").param("language", "nl")).andReturn().getResponse();
        assertThat(registered.getStatus()).isEqualTo(302);
        assertThat(registered.getRedirectedUrl()).contains("aangemeld").contains("bericht=LETTER_QUEUED");
        Registration kees = registrations.ofMeeting(c, meeting).getFirst();
        assertThat(kees.channel()).isEqualTo("DOOR_TO_DOOR");
        assertThat(kees.organisationId()).isEqualTo(organisation);
        assertThat(jdbc.sql("SELECT channel || ' ' || organisation_id FROM resident_participation WHERE meeting_id = :m")
                .param("m", meeting).query(String.class).single()).isEqualTo("DOOR_TO_DOOR " + organisation);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = 'meeting.registration.create'")
                .param("c", c).query(Long.class).single()).isEqualTo(1);
        assertThat(page(base, world.professionalEmail()).getContentAsString()).contains("Kees").contains("Aan de deur")
                .contains("Vervoer naar de bijeenkomst");

        var tooEarly = mvc.perform(post(base + "/aanwezigheid").with(as(world.professionalEmail())).with(csrf())
                .param("came", kees.id().toString()).param("walkIns", "3")).andReturn().getResponse();
        assertThat(tooEarly.getStatus()).isEqualTo(422);
        assertThat(tooEarly.getContentAsString()).contains("nog niet begonnen");

        data.hasStarted(meeting);
        var attendance = mvc.perform(post(base + "/aanwezigheid").with(as(world.professionalEmail())).with(csrf())
                .param("came", kees.id().toString()).param("walkIns", "3")).andReturn().getResponse();
        assertThat(attendance.getStatus()).isEqualTo(302);
        Meeting held = meetings.find(c, meeting).orElseThrow();
        assertThat(held.status()).isEqualTo(Meeting.Status.HELD);
        assertThat(held.walkIns()).isEqualTo(3);
        assertThat(registrations.find(c, kees.id()).orElseThrow().attended()).isTrue();
        var badWalkIns = mvc.perform(post(base + "/aanwezigheid").with(as(world.professionalEmail())).with(csrf())
                .param("walkIns", "veel")).andReturn().getResponse();
        assertThat(badWalkIns.getStatus()).isEqualTo(422);
        assertThat(meetings.find(c, meeting).orElseThrow().walkIns()).isEqualTo(3);

        mvc.perform(post(base + "/verslag").with(as(world.professionalEmail())).with(csrf())
                .param("minutes", "We spraken over een wandelgroep op dinsdag."));
        assertThat(meetings.find(c, meeting).orElseThrow().minutes()).isEqualTo("We spraken over een wandelgroep op dinsdag.");

        var noConsent = mvc.perform(post(base + "/inbreng").with(as(world.professionalEmail())).with(csrf())
                .param("text", "Een bankje bij de bushalte").param("registrationId", kees.id().toString()))
                .andReturn().getResponse();
        assertThat(noConsent.getStatus()).isEqualTo(422);
        var captured = mvc.perform(post(base + "/inbreng").with(as(world.professionalEmail())).with(csrf())
                .param("text", "Een bankje bij de bushalte").param("registrationId", kees.id().toString())
                .param("consent", "true")).andReturn().getResponse();
        assertThat(captured.getStatus()).isEqualTo(302);
        UUID inputId = jdbc.sql("SELECT input_id FROM meeting_input WHERE meeting_id = :m").param("m", meeting)
                .query(UUID.class).single();
        var input = inputViews.find(c, inputId).orElseThrow();
        assertThat(input.channel()).isEqualTo(Channel.MEETING);
        assertThat(input.processId()).isEqualTo(process);
        assertThat(input.receivedOn()).isEqualTo(held.date());

        feedback.answer(c, inputId, FeedbackStatus.ADOPTED, "Er komt een bankje.", world.coordinatorId(), "test");
        assertThat(page(base, world.viewerEmail()).getContentAsString()).contains("Een bankje bij de bushalte")
                .contains("We spraken over een wandelgroep");
        assertThat(jdbc.sql("SELECT contact_by FROM input WHERE id = :i").param("i", inputId).query(String.class).single())
                .as("the answer goes to Kees the way he chose").isEqualTo("POST");
    }

    @Test
    void continuityShowsMeetingsHeldAgainstThePlanAndAttendanceOverTime() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        LocalDate today = LocalDate.now(Meeting.ZONE);
        SeriesForm form = new SeriesForm();
        form.setName("Klankbordgroep Zuid");
        form.setPurpose("Elke maand praten inwoners mee over zorg in de wijk.");
        form.setCadence("MONTHLY");
        form.setPlannedPerYear("12");
        form.setStartsOn(today.minusMonths(5).withDayOfMonth(1).toString());
        UUID seriesId = series.create(c, form, "test");
        for (int i = 1; i <= 3; i++) {
            UUID m = data.aMeeting(world, null, seriesId, 20, LocalDateTime.now(Meeting.ZONE).plusDays(3).withHour(19).withMinute(0));
            data.register(world, m, "lid" + i + "@example.org");
            data.hasStarted(m);
            jdbc.sql("UPDATE meeting SET status = 'HELD', walk_ins = :w WHERE id = :m").param("w", i).param("m", m).update();
            jdbc.sql("UPDATE meeting_registration SET attended = true WHERE meeting_id = :m").param("m", m).update();
        }

        Series s = series.find(c, seriesId).orElseThrow();
        Continuity.Figures figures = new Continuity(java.time.Clock.system(Meeting.ZONE)).of(s, meetings.ofSeries(c, seriesId));
        assertThat(figures.expectedSoFar()).isEqualTo(6);
        assertThat(figures.heldSoFar()).isEqualTo(3);
        assertThat(figures.percent()).isEqualTo(50);
        assertThat(figures.attendance()).extracting(Continuity.Attendance::total).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(figures.quarters().stream().mapToInt(Continuity.Quarter::expected).sum()).isEqualTo(6);

        String html = page("/beheer/" + world.collaboration().slug() + "/bijeenkomsten/reeksen/" + seriesId,
                world.viewerEmail()).getContentAsString();
        assertThat(html).contains("class=\"held-so-far\">3<").contains("class=\"expected-so-far\">6<").contains("50%")
                .contains("role=\"img\"");
    }

    @Test
    void hostileInputInStaffFormsIsRefusedOrStoredOnlyAsTextAndNeverCausesAnError() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        UUID meeting = data.aMeeting(world, fixtures.aProcess(world), 10, 5);
        String base = "/beheer/" + slug + "/bijeenkomsten/" + meeting;
        for (String payload : HOSTILE) {
            for (String field : List.of("title", "about", "date", "startTime", "capacity", "venueId", "processId")) {
                MeetingForm f = MeetingForm.of(meetings.find(world.collaboration().id(), meeting).orElseThrow());
                var r = mvc.perform(post(base + "/wijzigen").with(as(world.coordinatorEmail())).with(csrf())
                        .param("title", field.equals("title") ? payload : f.getTitle())
                        .param("about", field.equals("about") ? payload : f.getAbout())
                        .param("date", field.equals("date") ? payload : f.getDate())
                        .param("startTime", field.equals("startTime") ? payload : f.getStartTime()).param("endTime", f.getEndTime())
                        .param("capacity", field.equals("capacity") ? payload : f.getCapacity())
                        .param("venueId", field.equals("venueId") ? payload : f.getVenueId())
                        .param("processId", field.equals("processId") ? payload : f.getProcessId())).andReturn().getResponse();
                assertThat(r.getStatus()).as(field + "=" + payload.substring(0, Math.min(30, payload.length()))).isIn(302, 422);
                // The form loads its own language-panel script; only the typed one must never come back unescaped.
                assertThat(r.getContentAsString().toLowerCase()).doesNotContain("<svg", "<script>alert");
            }
            var reg = mvc.perform(post(base + "/aanmelden").with(as(world.professionalEmail())).with(csrf())
                    .param("name", payload).param("contactBy", payload).param("email", payload).param("needs", payload)
                    .param("channel", payload).param("organisationId", payload).param("residentId", payload))
                    .andReturn().getResponse();
            assertThat(reg.getStatus()).isEqualTo(422);
            assertThat(withoutOwnScripts(reg.getContentAsString()).toLowerCase()).doesNotContain("<svg", "<script");
            var venue = mvc.perform(post("/beheer/{s}/bijeenkomsten/locaties", slug).with(as(world.coordinatorEmail())).with(csrf())
                    .param("name", payload).param("address", payload)).andReturn().getResponse();
            assertThat(venue.getStatus()).isIn(302, 422);
            var seriesPost = mvc.perform(post("/beheer/{s}/bijeenkomsten/reeksen", slug).with(as(world.coordinatorEmail())).with(csrf())
                    .param("name", "Groep").param("purpose", "Doel").param("cadence", payload).param("plannedPerYear", payload)
                    .param("startsOn", payload)).andReturn().getResponse();
            assertThat(seriesPost.getStatus()).isEqualTo(422);
        }
        assertThat(registrations.ofMeeting(world.collaboration().id(), meeting)).isEmpty();
        assertThat(page("/beheer/" + slug + "/bijeenkomsten/locaties", world.coordinatorEmail()).getContentAsString().toLowerCase())
                .doesNotContain("<svg", "<script>alert");
    }

    private MockHttpServletResponse page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andReturn().getResponse();
    }
}
