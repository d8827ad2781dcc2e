package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.FormBrowser;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.RateLimiter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone without an account who knows a resident's e-mail address uses every public form that
 * sends mail to the address typed (input with a receipt, joining the pool, registering for a
 * meeting) to flood that mailbox, from many client addresses. Each form is limited per client
 * already; together they may send one address only {@link RateLimiter#PUBLIC_MAILS_PER_ADDRESS_PER_DAY}
 * mails a day, after which the form says so next to the e-mail field and stores nothing. The answer
 * is the same for an address the platform knows and one it has never seen.
 */
class MailFloodTest extends IntegrationTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"formKey\" value=\"([A-Za-z0-9_-]{22})\"");

    @Autowired Fixtures fixtures;
    @Autowired Venues venues;
    @Autowired Meetings meetings;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE '%:10.83.%'").update();
    }

    @Test
    void allPublicFormsTogetherSendOneAddressOnlyTheirDailyShareAndThenSayWhy() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID meeting = new MeetingData(venues, meetings, registrations, jdbc).aMeeting(world, process, 100, 7);
        String victim = "Victim." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String slug = world.collaboration().slug();

        // Each request from another client address, as a botnet would: the per-client limits never bite.
        int client = 0;
        for (int i = 0; i < 4; i++) {
            assertThat(giveInput(new FormBrowser(baseUrl(), "10.83.1." + (++client)), process, victim).statusCode())
                    .isEqualTo(303);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(joinPool(new FormBrowser(baseUrl(), "10.83.1." + (++client)), slug, victim.toUpperCase())
                    .statusCode()).isEqualTo(303);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(register(new FormBrowser(baseUrl(), "10.83.1." + (++client)), meeting, victim).statusCode())
                    .isEqualTo(303);
        }
        int share = RateLimiter.PUBLIC_MAILS_PER_ADDRESS_PER_DAY;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailsTo(victim)).isEqualTo(share));
        long inputs = inputsWith(victim);
        long residents = residentsWith(victim);
        long registered = registrationsOf(meeting);

        String busy = "Naar dit e-mailadres zijn vandaag al veel berichten gestuurd.";
        HttpResponse<String> input = giveInput(new FormBrowser(baseUrl(), "10.83.2.1"), process, victim);
        assertThat(input.statusCode()).isEqualTo(422);
        assertThat(input.body()).contains(busy).contains("value=\"" + victim + "\"");
        HttpResponse<String> join = joinPool(new FormBrowser(baseUrl(), "10.83.2.2"), slug, victim);
        assertThat(join.statusCode()).isEqualTo(422);
        assertThat(join.body()).contains(busy);
        HttpResponse<String> registration = register(new FormBrowser(baseUrl(), "10.83.2.3"), meeting, " " + victim);
        assertThat(registration.statusCode()).isEqualTo(422);
        assertThat(registration.body()).contains(busy);

        assertThat(inputsWith(victim)).as("nothing stored").isEqualTo(inputs);
        assertThat(residentsWith(victim)).isEqualTo(residents);
        assertThat(registrationsOf(meeting)).isEqualTo(registered);
        assertThat(mailsTo(victim)).as("no mail beyond the daily share").isEqualTo(share);

        // The limit is on the address, not on the person: the resident can still choose another way.
        FormBrowser resident = new FormBrowser(baseUrl(), "10.83.2.4");
        resident.get("/bijeenkomsten/" + meeting);
        HttpResponse<String> byPost = resident.post("/bijeenkomsten/" + meeting + "/aanmelden", Map.of("contactBy", "NONE"));
        assertThat(byPost.statusCode()).isEqualTo(303);
    }

    @Test
    void anAddressNobodyKnowsAndOneThePlatformKnowsGetTheSameAnswers() {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String known = "known." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String unknown = "unknown." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(joinPool(new FormBrowser(baseUrl(), "10.83.3.1"), world.collaboration().slug(), known).statusCode())
                .isEqualTo(303);

        for (String address : List.of(known, unknown)) {
            HttpResponse<String> first = giveInput(new FormBrowser(baseUrl(), "10.83.3.2"), process, address);
            assertThat(first.statusCode()).as(address).isEqualTo(303);
            assertThat(FormBrowser.location(first)).as(address).matches("/volg/[A-Z0-9-]+\\?nieuw");
        }
    }

    private HttpResponse<String> giveInput(FormBrowser browser, UUID process, String email) {
        Matcher key = FORM_KEY.matcher(browser.get("/trajecten/" + process).body());
        assertThat(key.find()).isTrue();
        return browser.post("/trajecten/" + process + "/inbreng", Map.of("formKey", key.group(1),
                "text", "Meer bankjes in het park, graag.", "contactBy", "EMAIL", "email", email, "consent", "true"));
    }

    private HttpResponse<String> joinPool(FormBrowser browser, String slug, String email) {
        browser.get("/inwonerpool/" + slug);
        return browser.post("/inwonerpool/" + slug, Map.ofEntries(Map.entry("name", "Ans de Vries"),
                Map.entry("email", email), Map.entry("contactBy", "EMAIL"), Map.entry("interests", List.of("LONELINESS")),
                Map.entry("energy", List.of("BUDDY")), Map.entry("hoursPerMonth", "6"), Map.entry("days", List.of("TUESDAY")),
                Map.entry("dayParts", List.of("MORNING")), Map.entry("maxAsksPerMonth", "2"),
                Map.entry("ways", List.of("IN_PERSON")), Map.entry("consentInvitations", "true"),
                Map.entry("consentResults", "true")));
    }

    private HttpResponse<String> register(FormBrowser browser, UUID meeting, String email) {
        browser.get("/bijeenkomsten/" + meeting);
        return browser.post("/bijeenkomsten/" + meeting + "/aanmelden", Map.of("name", "Ans", "contactBy", "EMAIL",
                "email", email));
    }

    private long mailsTo(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE lower(recipient) = lower(:e)").param("e", email)
                .query(Long.class).single();
    }

    private long inputsWith(String email) {
        return jdbc.sql("SELECT count(*) FROM input_contact WHERE lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single();
    }

    private long residentsWith(String email) {
        return jdbc.sql("SELECT count(*) FROM resident WHERE lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single();
    }

    private long registrationsOf(UUID meeting) {
        return jdbc.sql("SELECT count(*) FROM meeting_registration WHERE meeting_id = :m").param("m", meeting)
                .query(Long.class).single();
    }
}
