package nl.samenspraak.meeting.internal;

import nl.samenspraak.FormBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A resident registers without an account, keeps a personal link, and cancels with it. */
class PublicRegistrationTest extends IntegrationTest {

    static final String ADDRESS = "10.78.0.1";

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'registration:10.78.%'").update();
    }

    @Test
    void residentRegistersWithNeedsFindsThePlaceOnThePersonalLinkAndCancelsWithIt() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        MeetingData data = new MeetingData(venues, meetings, registrations, jdbc);
        UUID meeting = data.aMeeting(world, process, 1, 7);
        FormBrowser ans = new FormBrowser(baseUrl(), ADDRESS);

        HttpResponse<String> list = ans.get("/trajecten/" + process + "/bijeenkomsten");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/bijeenkomsten/" + meeting).contains("Er is nog 1 plaats vrij.");
        assertThat(ans.get("/trajecten/" + process).body()).contains("/trajecten/" + process + "/bijeenkomsten");
        HttpResponse<String> page = ans.get("/bijeenkomsten/" + meeting);
        assertThat(page.body()).contains("Geen drempels of trappen bij de ingang")
                .contains("Een ringleiding voor mensen met een hoortoestel").contains("Er is koffie en thee.");

        HttpResponse<String> refused = ans.post("/bijeenkomsten/" + meeting + "/aanmelden", List.of(
                Map.entry("contactBy", "EMAIL"), Map.entry("email", "ans@example.org"), Map.entry("needs", "TRANSPORT")));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Zet dan een vinkje dat wij dit mogen bewaren")
                .contains("aria-describedby=\"consent-hint consent-fout\"").contains("value=\"ans@example.org\"");
        assertThat(count(meeting)).isZero();

        HttpResponse<String> accepted = ans.post("/bijeenkomsten/" + meeting + "/aanmelden", List.of(
                Map.entry("name", "Ans"), Map.entry("contactBy", "EMAIL"), Map.entry("email", "ans@example.org"),
                Map.entry("needs", "TRANSPORT"), Map.entry("needs", "DIET"), Map.entry("needsNote", "Ik eet geen vlees."),
                Map.entry("consent", "true")));
        assertThat(accepted.statusCode()).isEqualTo(303);
        String personal = FormBrowser.location(accepted);
        assertThat(personal).matches("/aanmelding/[A-Za-z0-9_-]{32}\\?nieuw");
        HttpResponse<String> confirmation = ans.get(personal);
        assertThat(confirmation.body()).contains("U bent aangemeld").contains("Vervoer naar de bijeenkomst")
                .contains("/wie-doet-mee/").contains("agenda.ics");
        String token = personal.substring("/aanmelding/".length(), personal.indexOf('?'));
        HttpResponse<String> ics = ans.get("/aanmelding/" + token + "/agenda.ics");
        assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        assertThat(ics.body()).contains("BEGIN:VEVENT");

        FormBrowser kees = new FormBrowser(baseUrl(), "10.78.0.2");
        kees.get("/bijeenkomsten/" + meeting);
        assertThat(kees.get("/bijeenkomsten/" + meeting).body()).contains("Zet mij op de wachtlijst");
        String keesLink = FormBrowser.location(kees.post("/bijeenkomsten/" + meeting + "/aanmelden",
                Map.of("contactBy", "NONE")));
        assertThat(kees.get(keesLink).body()).contains("class=\"waiting-position\">1<");

        HttpResponse<String> cancelled = ans.post("/aanmelding/" + token + "/afmelden", Map.of());
        assertThat(cancelled.statusCode()).isEqualTo(303);
        assertThat(ans.get(FormBrowser.location(cancelled)).body()).contains("U bent afgemeld.");
        assertThat(kees.get(keesLink.replace("?nieuw", "")).body()).contains("U heeft een plaats.");
    }

    @Test
    void anUnknownPersonalLinkOrMeetingLooksLikeNothingEverExisted() {
        FormBrowser someone = new FormBrowser(baseUrl(), ADDRESS);
        assertThat(someone.get("/aanmelding/niet-bestaand").statusCode()).isEqualTo(404);
        assertThat(someone.get("/aanmelding/" + "x".repeat(200)).statusCode()).isEqualTo(404);
        assertThat(someone.get("/bijeenkomsten/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(someone.get("/bijeenkomsten/abc").statusCode()).isEqualTo(404);
        assertThat(someone.get("/trajecten/" + UUID.randomUUID() + "/bijeenkomsten").statusCode()).isEqualTo(404);
    }

    @Test
    void tooManyRegistrationsFromOneAddressAreStoppedBeforeTheDatabase() {
        var world = fixtures.aCollaborationWithStaff();
        UUID meeting = new MeetingData(venues, meetings, registrations, jdbc).aMeeting(world, null, 100, 7);
        FormBrowser flood = new FormBrowser(baseUrl(), "10.78.9.9");
        flood.get("/bijeenkomsten/" + meeting);
        for (int i = 0; i < 30; i++) {
            flood.post("/bijeenkomsten/" + meeting + "/aanmelden", Map.of("contactBy", "NONE"));
        }
        HttpResponse<String> stopped = flood.post("/bijeenkomsten/" + meeting + "/aanmelden", Map.of("contactBy", "NONE"));
        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(stopped.body()).contains("Wacht tien minuten");
        assertThat(count(meeting)).isEqualTo(30);
    }

    @Test
    void everyPublicFieldAndAddressSurvivesHostileInputAndShowsItOnlyEscaped() {
        var world = fixtures.aCollaborationWithStaff();
        UUID meeting = new MeetingData(venues, meetings, registrations, jdbc).aMeeting(world, null, 1000, 7);
        FormBrowser someone = new FormBrowser(baseUrl(), "10.78.5.5");
        someone.get("/bijeenkomsten/" + meeting);
        for (String field : List.of("name", "contactBy", "email", "phone", "postalAddress", "needs", "needsNote", "consent")) {
            for (String payload : MeetingStaffPagesTest.HOSTILE) {
                jdbc.sql("DELETE FROM rate_limit_window WHERE bucket = 'registration:10.78.5.5'").update();
                long before = count(meeting);
                var form = new java.util.LinkedHashMap<String, String>(Map.of("contactBy", "NONE"));
                form.put(field, payload);
                HttpResponse<String> response = someone.post("/bijeenkomsten/" + meeting + "/aanmelden", form);
                String what = field + "=" + payload.substring(0, Math.min(30, payload.length()));
                assertThat(response.statusCode()).as(what).isIn(303, 422);
                assertThat(withoutOwnScripts(response.body()).toLowerCase()).as(what).doesNotContain("<svg", "<script");
                if (response.statusCode() == 422) {
                    assertThat(count(meeting)).as(what).isEqualTo(before);
                } else {
                    HttpResponse<String> page = someone.get(FormBrowser.location(response));
                    assertThat(page.statusCode()).as(what).isEqualTo(200);
                    assertThat(page.body().toLowerCase()).as(what).doesNotContain("<svg", "<script");
                }
            }
        }
        for (String payload : MeetingStaffPagesTest.HOSTILE) {
            String path = java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
            for (String url : List.of("/bijeenkomsten/" + path, "/aanmelding/" + path, "/trajecten/" + path + "/bijeenkomsten")) {
                HttpResponse<String> response = someone.get(url);
                assertThat(response.statusCode()).as(url).isLessThan(500);
                assertThat(response.body().toLowerCase()).as(url).doesNotContain("<svg", "<script");
            }
        }
    }

    private long count(UUID meeting) {
        return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = :m").param("m", meeting)
                .query(Long.class).single();
    }
}
