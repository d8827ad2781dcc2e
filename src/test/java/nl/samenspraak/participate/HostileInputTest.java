package nl.samenspraak.participate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.platform.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every field and parameter of the public pages against input meant to break them. */
class HostileInputTest extends IntegrationTest {

    static final List<String> CORPUS = List.of(
            "\"><svg onload=alert(1)>",
            "<script>alert(document.cookie)</script>",
            "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
            "' OR 1=1 --",
            "'; DROP TABLE input; --",
            "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
            "__${7*7}__::.x",
            "=HYPERLINK(\"http://evil.example\",\"klik\")",
            "\u202Egnp.exe",
            "nul\u0000byte",
            "x".repeat(64 * 1024));
    static final List<String> FIELDS = List.of("text", "publish", "name", "contactBy", "email", "postalAddress",
            "phone", "consent");

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        RateLimits.clear(jdbc);
    }

    @Test
    void everyFormFieldSurvivesHostileInputAndShowsItOnlyEscaped() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        Resident resident = new Resident(baseUrl());
        resident.get("/trajecten/" + process);

        for (String field : FIELDS) {
            for (String payload : CORPUS) {
                Map<String, String> form = new LinkedHashMap<>(Map.of("text", "Gewone inbreng", "publish", "true",
                        "consent", "true"));
                form.put(field, payload);
                String what = field + " = " + payload.substring(0, Math.min(40, payload.length()));
                RateLimits.clear(jdbc);
                long before = inputsOf(process);

                HttpResponse<String> response = resident.post("/trajecten/" + process + "/inbreng", form);

                assertThat(response.statusCode()).as(what).isIn(303, 422);
                assertNothingRaw(response, what);
                if (response.statusCode() == 422) {
                    assertThat(inputsOf(process)).as(what).isEqualTo(before);
                    continue;
                }
                assertThat(inputsOf(process)).as(what).isEqualTo(before + 1);
                HttpResponse<String> followed = resident.get(Resident.location(response));
                assertThat(followed.statusCode()).as(what).isEqualTo(200);
                assertNothingRaw(followed, what);
                if (field.equals("text")) {
                    assertThat(followed.body()).as(what).contains(Resident.escaped(Text.clean(payload)));
                }
            }
        }
        HttpResponse<String> page = resident.get("/trajecten/" + process);
        assertThat(page.statusCode()).isEqualTo(200);
        assertNothingRaw(page, "process page");
    }

    @Test
    void everyAddressAndParameterSurvivesHostileInput() {
        UUID process = fixtures.aProcess(fixtures.aCollaborationWithStaff());
        Resident resident = new Resident(baseUrl());

        for (String payload : CORPUS) {
            String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            String path = encoded.replace("+", "%20");
            for (String url : List.of("/trajecten/" + process + "?voor=" + encoded, "/trajecten/" + path,
                    "/volg/zoek?volgcode=" + encoded, "/volg/" + path, "/?lang=" + encoded)) {
                RateLimits.clear(jdbc);
                HttpResponse<String> response = resident.get(url);
                assertThat(response.statusCode()).as(url).isLessThan(500);
                assertNothingRaw(response, url);
            }
        }
    }

    private static void assertNothingRaw(HttpResponse<String> response, String what) {
        String body = withoutOwnScripts(response.body()).toLowerCase(Locale.ROOT);
        assertThat(body).as(what).doesNotContain("<script", "<svg");
    }

    private long inputsOf(UUID process) {
        return jdbc.sql("SELECT count(*) FROM input WHERE process_id = :p").param("p", process).query(Long.class).single();
    }
}
