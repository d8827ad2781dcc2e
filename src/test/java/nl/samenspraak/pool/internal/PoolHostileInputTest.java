package nl.samenspraak.pool.internal;

import nl.samenspraak.FormBrowser;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every field and address of the resident pages against input meant to break them: no 5xx, nothing raw. */
class PoolHostileInputTest extends IntegrationTest {

    static final List<String> CORPUS = List.of(
            "\"><svg onload=alert(1)>",
            "<script>alert(document.cookie)</script>",
            "' OR 1=1 --",
            "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
            "=HYPERLINK(\"http://evil.example\",\"klik\")",
            "\u202Egnp.exe",
            "nul\u0000byte",
            "x".repeat(64 * 1024));
    static final List<String> JOIN_FIELDS = List.of("name", "email", "phone", "postalAddress", "contactBy", "interests",
            "interestsOther", "energy", "hoursPerMonth", "days", "dayParts", "maxAsksPerMonth", "ways",
            "consentInvitations", "consentResults");

    @Autowired PoolJoining joining;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Activities activities;
    @Autowired InvitationRound round;
    @Autowired JdbcClient jdbc;

    @Test
    void joinFormSurvivesHostileInputInEveryField() {
        var world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        int n = 0;
        for (String field : JOIN_FIELDS) {
            for (String payload : CORPUS) {
                FormBrowser browser = new FormBrowser(baseUrl(), "10.93." + (n / 250) + "." + (1 + n++ % 250));
                browser.get("/inwonerpool/" + slug);
                String what = field + " = " + payload.substring(0, Math.min(30, payload.length()));
                HttpResponse<String> response = browser.post("/inwonerpool/" + slug,
                        PoolData.with(PoolData.aJoinForm("hostile-" + UUID.randomUUID() + "@example.org"), field, payload));
                assertThat(response.statusCode()).as(what).isIn(303, 422);
                assertNothingRaw(response, what);
                if (response.statusCode() == 303) {
                    HttpResponse<String> page = browser.get(browser.redirectPath(response));
                    assertThat(page.statusCode()).as(what).isEqualTo(200);
                    assertNothingRaw(page, what);
                }
            }
        }
    }

    @Test
    void invitationReplyAndAddressesSurviveHostileInput() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var member = joining.join(c, PoolData.byEmail("Hostile Tester"), PoolData.anOpenProfile(), false);
        UUID activity = activities.create(c, InvitationsTest.activity("Avond", today().plusDays(7), "19:00", "1",
                "IN_PERSON"), "test");
        round.invite(c, activity, List.of(member.memberId()), "test");
        String token = InvitationsTest.linkIn(jdbc.sql("SELECT body FROM outbox_mail WHERE collaboration_id = :c AND subject LIKE 'Uitnodiging%'")
                .param("c", c).query(String.class).single());
        FormBrowser browser = new FormBrowser(baseUrl(), "10.94.0.1");
        for (String payload : CORPUS) {
            browser.get("/uitnodiging/" + token);
            HttpResponse<String> response = browser.post("/uitnodiging/" + token,
                    Map.of("answer", List.of("YES"), "note", List.of(payload)));
            assertThat(response.statusCode()).isIn(303, 422);
            assertNothingRaw(response, payload);
            HttpResponse<String> odd = browser.post("/uitnodiging/" + token, Map.of("answer", List.of(payload)));
            assertThat(odd.statusCode()).isEqualTo(422);
            String path = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
            for (String url : List.of("/uitnodiging/" + path, "/afspraak/" + path, "/inwonerpool/mijn/" + path,
                    "/inwonerpool/" + path, "/inwonerpool/mijn/" + path + "/uitnodigingen/" + path)) {
                HttpResponse<String> r = browser.get(url);
                assertThat(r.statusCode()).as(url).isLessThan(500);
                assertNothingRaw(r, url);
            }
        }
        assertThat(browser.get("/uitnodiging/" + token).body()).doesNotContain("<svg");
    }

    private static void assertNothingRaw(HttpResponse<String> response, String what) {
        assertThat(response.body().toLowerCase(Locale.ROOT)).as(what).doesNotContain("<script", "<svg");
    }
}
