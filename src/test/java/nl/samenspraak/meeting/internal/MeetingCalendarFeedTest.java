package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings of a collaboration as a subscribable calendar (RFC 5545): CRLF line ends, lines folded
 * at 75 octets, text escaped, one event per meeting with a stable UID, and no registrant in it.
 */
class MeetingCalendarFeedTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSubscribedCalendarHoldsEveryMeetingOfTheCollaborationAndNoRegistrant() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        MeetingData data = new MeetingData(venues, meetings, registrations, jdbc);
        UUID first = data.aMeeting(world, process, 20, 7);
        UUID second = data.aMeeting(world, null, 20, 14);
        UUID elsewhere = data.aMeeting(other, fixtures.aProcess(other), 20, 7);
        data.register(world, first, "registrant-" + UUID.randomUUID() + "@example.org");
        String hostile = "Vergadering; over \"bomen\", paden\\wegen\nen <script>alert(1)</script> \u0007 "
                + "في الحي ".repeat(12);
        jdbc.sql("UPDATE meeting SET title = :t WHERE id = :m").param("t", hostile).param("m", second).update();

        HttpResponse<byte[]> response = get("/samenwerkingen/" + world.collaboration().slug() + "/bijeenkomsten.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        byte[] bytes = response.body();
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (byte[] line : lines(bytes)) {
            assertThat(line.length).as("octets in a content line").isLessThanOrEqualTo(75);
        }
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + first + "@samenspraak").contains("UID:" + second + "@samenspraak")
                .doesNotContain(elsewhere.toString())
                .doesNotContain("registrant-")
                .contains("SUMMARY:Vergadering\\; over \"bomen\"\\, paden\\\\wegen\\nen <script>")
                .doesNotContain("\u0007");
        assertThat(unfolded.lines().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(2);
        assertThat(unfolded.lines().filter(l -> l.startsWith("DTSTART:")))
                .allSatisfy(l -> assertThat(l).matches("DTSTART:\\d{8}T\\d{6}Z"));
        assertThat(unfolded).contains("DTSTAMP:").contains("LOCATION:Buurthuis De Linde\\, Lindelaan 4\\, 1791 AB Den Burg");
    }

    @Test
    void aProcessHasItsOwnCalendarWithOnlyItsMeetings() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID otherProcess = fixtures.aProcess(world);
        MeetingData data = new MeetingData(venues, meetings, registrations, jdbc);
        UUID ofProcess = data.aMeeting(world, process, 20, 7);
        UUID ofOtherProcess = data.aMeeting(world, otherProcess, 20, 7);
        UUID withoutProcess = data.aMeeting(world, null, 20, 14);
        data.register(world, ofProcess, "registrant-" + UUID.randomUUID() + "@example.org");
        String hostile = "Ronde tafel; \"zorg\", welzijn\\buurt\r\n<b>x</b> \u0007 " + "ü".repeat(60);
        jdbc.sql("UPDATE meeting SET title = :t WHERE id = :m").param("t", hostile).param("m", ofProcess).update();

        HttpResponse<byte[]> response = get("/trajecten/" + process + "/bijeenkomsten.ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (byte[] line : lines(response.body())) {
            assertThat(line.length).as("octets in a content line").isLessThanOrEqualTo(75);
        }
        String unfolded = body.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:" + ofProcess + "@samenspraak")
                .doesNotContain(ofOtherProcess.toString()).doesNotContain(withoutProcess.toString())
                .doesNotContain("registrant-").doesNotContain("\u0007")
                .contains("SUMMARY:Ronde tafel\\; \"zorg\"\\, welzijn\\\\buurt\\n<b>x</b>");
        assertThat(unfolded.lines().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(1);

        assertThat(get("/trajecten/" + UUID.randomUUID() + "/bijeenkomsten.ics").statusCode()).isEqualTo(404);
        assertThat(get("/trajecten/niet-een-id/bijeenkomsten.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownCollaborationHasNoCalendar() throws Exception {
        assertThat(get("/samenwerkingen/bestaat-niet-" + UUID.randomUUID() + "/bijeenkomsten.ics").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The content lines as octets, without their CRLF. */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            }
        }
        return lines;
    }
}
