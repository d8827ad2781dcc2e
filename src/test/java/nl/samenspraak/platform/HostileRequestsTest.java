package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone without an account sends what no browser would: bytes that are not UTF-8 in the path,
 * the query and the form body, NUL and other control characters, a right-to-left override, very
 * long values and headers, and the wrong content type, at every public page that reads them. Each
 * answer is a 4xx (or the ordinary page), rendered as the platform's own page in Dutch, never a
 * 5xx, a stack trace or the server's default error page; and nothing is stored.
 */
class HostileRequestsTest extends IntegrationTest {

    private static final String ADDRESS = "10.84.0.1";
    private static final List<String> HOSTILE_QUERIES = List.of("%FF%FE", "%C0%AF", "%00", "%E2%80%AE%00x",
            "%ED%A0%80", "%F4%90%80%80", "%", "%zz", "a%0D%0ASet-Cookie:%20x=1", "x".repeat(6000));

    private static final String BAD_REQUEST_TEXT = "We konden niet lezen wat u stuurde. Er is niets bewaard.";

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetRateLimits() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE '%:10.84.%' OR bucket LIKE '%:127.0.0.1'").update();
    }

    @Test
    void hostileQueriesAndPathsOnEveryPublicPageGetAClearAnswerAndNoServerError() throws IOException {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String slug = world.collaboration().slug();
        List<String> pages = List.of("/?samenwerkingsverband=%s&regio=%s&thema=%s&open=%s", "/volg/zoek?volgcode=%s",
                "/volg/%s", "/kennisbank?q=%s&soort=%s&doelgroep=%s&niveau=%s", "/open-data?x=%s",
                "/samenwerkingen/" + slug + "/visie/vergelijk?van=%s&tot=%s", "/samenwerkingen/%s",
                "/trajecten/" + process + "?voor=%s", "/trajecten/%s", "/trajecten/" + process + "/voortgang.atom?x=%s",
                "/open-data/processes/%s/inputs.json", "/besluiten/%s", "/visie/%s", "/mijn-gegevens/%s",
                "/aanmelding/%s", "/inwonerpool/mijn/%s", "/declaratie/%s", "/nieuws-stoppen/%s", "/zelfscan/%s",
                "/taalhulp?lang=%s", "/bijeenkomsten/%s", "/kennisbank/lessen/%s");
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            for (String hostile : HOSTILE_QUERIES) {
                if (page.indexOf('?') < 0 && hostile.length() > 1000) {
                    continue; // a 6,000-character path segment is the server's own business (414/400), tried below
                }
                String path = page.replace("%s", hostile);
                Raw answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: " + ADDRESS
                        + "\r\nConnection: close\r\n\r\n");
                check(path, answer, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hostileHeadersGetAClearAnswer() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> headers = List.of("Accept-Language: ;;;q=x,\u0001," + "zz-".repeat(2000),
                "Cookie: samenspraak-lang=%FF%00; SESSION=" + "A".repeat(3000), "Cookie: samenspraak-lang=x-\u00e9\u202e",
                "Accept: application/x-unknown;q=<script>", "X-Forwarded-For: not-an-address, ::::1, 999.1.1.1",
                "Referer: javascript:alert(1)", "Host: evil.example", "Content-Type: text/html; charset=x-nonsense");
        for (String header : headers) {
            for (String path : List.of("/", "/volg", "/mijn-gegevens", "/taalhulp", "/open-data")) {
                Raw answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n",
                        StandardCharsets.ISO_8859_1);
                check(path + " with " + header.substring(0, Math.min(40, header.length())), answer, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void hostileFormBodiesOnPublicFormsAreRefusedInDutchAndStoreNothing() throws IOException {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        long inputsBefore = count("SELECT count(*) FROM input WHERE process_id = '" + process + "'");
        long residentsBefore = count("SELECT count(*) FROM resident WHERE collaboration_id = '" + world.collaboration().id() + "'");
        List<String> failures = new ArrayList<>();
        for (String form : List.of("/trajecten/" + process, "/mijn-gegevens", "/taalhulp",
                "/inwonerpool/" + world.collaboration().slug())) {
            Raw page = raw("GET " + form + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.84.0.2\r\nConnection: close\r\n\r\n");
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                    .matcher(page.body());
            assertThat(token.find()).as(form).isTrue();
            String csrf = token.group(1);
            String cookie = "Cookie: " + String.join("; ", page.headers().lines()
                    .filter(l -> l.toLowerCase().startsWith("set-cookie:"))
                    .map(l -> l.substring("set-cookie:".length()).strip().split(";", 2)[0]).toList()) + "\r\n";
            String target = form.startsWith("/trajecten/") ? form + "/inbreng" : form;
            for (String body : List.of("text=%FF%FE&email=%C0%AF%40x.nl&contactBy=EMAIL&consent=true",
                    "text=%00%01%7F&email=a%00@x.nl&name=%E2%80%AEevil&contactBy=EMAIL&consent=true",
                    "text=" + "%F0".repeat(5000) + "&email=x", "%%%&&&==&email&=x", "text=" + "a".repeat(70_000))) {
                String full = body + "&_csrf=" + csrf;
                Raw answer = raw("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.84.0.3\r\n"
                        + cookie + "Accept: text/html\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + full.length()
                        + "\r\nConnection: close\r\n\r\n" + full);
                check("POST " + target + " " + body.substring(0, Math.min(30, body.length())), answer, failures);
                if (body.startsWith("text=%FF") || body.startsWith("text=%F0")) {
                    assertThat(answer.status()).as(target + ": bytes that are not UTF-8").isEqualTo(400);
                    assertThat(answer.body()).contains(BAD_REQUEST_TEXT);
                }
                if (answer.status() == 403) {
                    failures.add("POST " + target + " never reached the form (403): the test lost its session");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT count(*) FROM input WHERE process_id = '" + process + "'")).isEqualTo(inputsBefore);
        assertThat(count("SELECT count(*) FROM resident WHERE collaboration_id = '" + world.collaboration().id() + "'"))
                .isEqualTo(residentsBefore);
    }

    @Test
    void aFormSentAsJsonOrAsAHugeMultipartGetsA4xxAndStoresNothing() throws IOException {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        List<String> failures = new ArrayList<>();
        String json = "{\"text\":\"hallo\",\"email\":\"x@example.org\"}";
        for (String target : List.of("/trajecten/" + process + "/inbreng", "/mijn-gegevens", "/taalhulp",
                "/inwonerpool/" + world.collaboration().slug(), "/api/v1/language/check", "/api/v1/processes")) {
            check(target + " as JSON", raw("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.84.0.4\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\nConnection: close\r\n\r\n"
                    + json), failures);
            check(target + " as XML", raw("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 10.84.0.4\r\n"
                    + "Content-Type: application/xml\r\nContent-Length: 7\r\nConnection: close\r\n\r\n<a>&x;</a>"), failures);
            String boundary = "b0undary";
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n";
            String huge = "x".repeat(300_000);
            String multipart = head + huge + "\r\n--" + boundary + "--\r\n";
            check(target + " as a huge multipart", raw("POST " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Forwarded-For: 10.84.0.4\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + multipart.length() + "\r\nConnection: close\r\n\r\n" + multipart), failures);
        }
        assertThat(failures).isEmpty();
        assertThat(count("SELECT count(*) FROM input WHERE process_id = '" + process + "'")).isZero();
    }

    private void check(String what, Raw answer, List<String> failures) {
        if (answer.status() >= 500 || answer.status() < 100) {
            failures.add(what + " -> " + answer.status());
            return;
        }
        String body = answer.body();
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("Whitelabel")
                || body.contains("Apache Tomcat") || body.contains("Stacktrace") || body.contains("trace\"")) {
            failures.add(what + " -> " + answer.status() + " shows the server's insides");
        }
        if (answer.status() >= 400 && answer.headers().toLowerCase().contains("content-type: text/html")
                && !body.contains("lang=\"nl\"") && !body.contains("lang=\"en\"")) {
            failures.add(what + " -> " + answer.status() + " is not the platform's own page");
        }
        // Also a path Tomcat cannot decode, refused before the application sees it, gets the
        // platform's words (ServerRefusalPage), never Tomcat's own "HTTP Status 400" page.
        if (body.contains("HTTP Status")) {
            failures.add(what + " -> " + answer.status() + " is Tomcat's own page");
        }
        if (answer.status() == 400 && answer.headers().toLowerCase().contains("content-type: text/html")
                && !body.contains(BAD_REQUEST_TEXT)) {
            String shown = body.replaceAll("\\s+", " ").replaceAll("(?s).*<h1[^>]*>", "<h1>");
            failures.add(what + " -> 400 without saying what went wrong: " + shown.substring(0, Math.min(200, shown.length())));
        }
        if (answer.headers().toLowerCase().contains("set-cookie: x=1")) {
            failures.add(what + " -> header injection");
        }
    }

    private record Raw(int status, String headers, String body) {}

    private Raw raw(String request) throws IOException {
        // Percent-escapes stay as sent; the rest goes as UTF-8, as a client would put it on the wire.
        return raw(request, StandardCharsets.UTF_8);
    }

    private Raw raw(String request, java.nio.charset.Charset charset) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(charset));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketException e) {
                // The server may close early on a request it refuses (a too-large body): what came is the answer.
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = head.startsWith("HTTP/1.1 ") && head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Raw(status, head, body);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
