package nl.samenspraak.reimbursement;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.TestClock;

/**
 * A browser without JavaScript, over real HTTP: keeps cookies, reads the form token from the page
 * and posts multipart forms the way a browser does, so the CSRF check sees exactly what it would.
 */
final class Multipart {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    Multipart(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "nl").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no form token on the page");
        }
        return m.group(1);
    }

    /** A file part. */
    record FilePart(String name, String contentType, byte[] bytes) {}

    HttpResponse<String> post(String path, Map<String, String> fields, FilePart file) throws Exception {
        String boundary = "----samenspraak" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"receipt\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", "nl")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A valid claim for a bus ticket, with the page's form token. */
    static Map<String, String> aTicketClaim(String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf);
        fields.put("kind", "TRAVEL_TICKET");
        fields.put("activity", "Bus naar het buurthuis, overleg over de speeltuin");
        fields.put("activityDate", TestClock.today().minusDays(2).toString());
        fields.put("amount", "3,40");
        fields.put("iban", "NL91 ABNA 0417 1643 00");
        fields.put("accountHolder", "Ans de Vries");
        return fields;
    }
}
