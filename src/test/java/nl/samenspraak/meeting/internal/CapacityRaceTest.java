package nl.samenspraak.meeting.internal;

import nl.samenspraak.FormBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty residents, each in their own browser, press "register" for the last free place at the
 * same moment, against the real server: exactly one gets it, the others get waiting-list
 * positions 1 to 49, without gaps or doubles.
 */
class CapacityRaceTest extends IntegrationTest {

    static final int BROWSERS = 50;
    private static final Pattern POSITION = Pattern.compile("class=\"waiting-position\">(\\d+)<");

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    @Test
    void fiftyBrowsersForTheLastPlaceGiveOnePlaceAndFortyNineWaitingPositions() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        MeetingData data = new MeetingData(venues, meetings, registrations, jdbc);
        UUID meeting = data.aMeeting(world, fixtures.aProcess(world), 3, 14);
        data.register(world, meeting, "first@example.org");
        data.register(world, meeting, "second@example.org");

        List<FormBrowser> browsers = IntStream.range(0, BROWSERS)
                .mapToObj(i -> new FormBrowser(baseUrl(), "10.77." + (i / 200) + "." + (i % 200 + 1))).toList();
        for (FormBrowser b : browsers) {
            assertThat(b.get("/bijeenkomsten/" + meeting).statusCode()).isEqualTo(200);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < BROWSERS; i++) {
            FormBrowser b = browsers.get(i);
            String email = "race" + i + "@example.org";
            answers.add(pool.submit(() -> {
                start.await();
                return b.post("/bijeenkomsten/" + meeting + "/aanmelden",
                        Map.of("name", "Inwoner", "contactBy", "EMAIL", "email", email));
            }));
        }
        start.countDown();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < BROWSERS; i++) {
            HttpResponse<String> response = answers.get(i).get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as("browser %d", i).isEqualTo(303);
            HttpResponse<String> confirmation = browsers.get(i).get(FormBrowser.location(response));
            assertThat(confirmation.statusCode()).isEqualTo(200);
            pages.add(confirmation.body());
        }
        pool.shutdown();

        List<Integer> positions = new ArrayList<>();
        int places = 0;
        for (String page : pages) {
            Matcher m = POSITION.matcher(page);
            if (m.find()) {
                positions.add(Integer.parseInt(m.group(1)));
            } else {
                assertThat(page).contains("U heeft een plaats.");
                places++;
            }
        }
        assertThat(places).as("browsers that got the last place").isEqualTo(1);
        assertThat(positions).as("waiting-list positions shown").containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, BROWSERS - 1).boxed().toList());

        assertThat(jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = :m AND status = 'REGISTERED'")
                .param("m", meeting).query(Long.class).single()).isEqualTo(3);
        List<UUID> waiting = jdbc.sql("SELECT id FROM meeting_registration WHERE meeting_id = :m AND status = 'WAITING' ORDER BY seq")
                .param("m", meeting).query(UUID.class).list();
        assertThat(waiting).hasSize(BROWSERS - 1);
        for (int i = 0; i < waiting.size(); i++) {
            assertThat(registrations.waitingPosition(meeting, waiting.get(i))).isEqualTo(i + 1);
        }
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'registration:10.77.%'").update();
    }
}
