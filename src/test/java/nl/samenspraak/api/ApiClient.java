package nl.samenspraak.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON client for the API tests. Each client calls from its own loopback address, so
 * the per-address limit on POST /api/v1/tokens never depends on other tests.
 */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    private final HttpClient http;
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        try {
            this.http = HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName("127.0.0." + ThreadLocalRandom.current().nextInt(2, 250)))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    Reply put(String path, String token, String body) {
        return send("PUT", path, token, body);
    }

    Reply send(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
