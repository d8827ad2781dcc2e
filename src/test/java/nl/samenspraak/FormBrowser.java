package nl.samenspraak;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One resident's browser without JavaScript, for tests over real HTTP: its own cookie jar, the
 * CSRF token of the last page it read, its own client address (X-Forwarded-For, so rate limits
 * do not mix tests), and no automatic redirects so tests see them.
 */
public final class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String address;
    private String csrf;

    public FormBrowser(String baseUrl, String address) {
        this.baseUrl = baseUrl;
        this.address = address;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Fields may repeat a name (checkboxes): pass them as name/value pairs; null values are left out. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf == null ? "" : csrf));
        String body = all.stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Each value is a text or a collection of texts (a field that repeats). */
    public HttpResponse<String> post(String path, Map<String, ?> fields) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> pairs.add(new java.util.AbstractMap.SimpleEntry<>(name, String.valueOf(v))));
            } else {
                pairs.add(new java.util.AbstractMap.SimpleEntry<>(name, value == null ? null : String.valueOf(value)));
            }
        });
        return post(path, pairs);
    }

    /** Where a redirect points, as a path of this site (without scheme and host). */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect"))
                .replaceFirst("^https?://[^/]+", "");
    }

    public String redirectPath(HttpResponse<?> response) {
        return location(response);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html").header("X-Forwarded-For", address);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
