package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the app while inputs come in: every input the app acknowledged (201) is there
 * after a restart, and the restart works although the killed app's PostgreSQL still runs.
 * The app runs in a child JVM here, so that it can really be killed.
 */
class CrashRecoveryTest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedInputSurvivesAKillDuringLoad(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process first = startApp(dataDir, port);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        try {
            awaitUp(port);
            String token = token(port);
            String process = firstMatch(ID, get(port, "/api/v1/processes", token).body());
            AtomicBoolean running = new AtomicBoolean(true);
            try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < 6; c++) {
                    int client = c;
                    clients.submit(() -> {
                        for (int i = 0; running.get(); i++) {
                            String text = "Inbreng " + client + "-" + i;
                            try {
                                var response = post(port, "/api/v1/processes/" + process + "/inputs", token,
                                        "{\"text\":\"" + text + "\",\"channel\":\"PAPER\",\"receivedOn\":\"" + TestClock.today() + "\"}");
                                if (response.statusCode() == 201) {
                                    acknowledged.put(firstMatch(ID, response.body()), text);
                                }
                            } catch (IOException | InterruptedException refused) {
                                return null;
                            }
                        }
                        return null;
                    });
                }
                // Kill while the clients are still sending, once a fair number was acknowledged.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                running.set(false);
            }
        } finally {
            first.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThan(20);

        Process second = startApp(dataDir, port);
        try {
            awaitUp(port);
            String token = token(port);
            List<String> missing = acknowledged.entrySet().stream().filter(e -> {
                try {
                    var response = get(port, "/api/v1/inputs/" + e.getKey(), token);
                    return response.statusCode() != 200 || !response.body().contains(e.getValue());
                } catch (Exception ex) {
                    return true;
                }
            }).map(Map.Entry::getKey).toList();
            assertThat(missing).as("acknowledged inputs lost after kill -9").isEmpty();
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static Process startApp(Path dataDir, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "nl.samenspraak.SamenspraakApplication",
                "--server.port=" + port, "--samenspraak.data-dir=" + dataDir, "--samenspraak.demo=true",
                "--samenspraak.demo-password=herstart-wachtwoord", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .start();
    }

    private void awaitUp(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not start within 90 s");
    }

    private String token(int port) throws Exception {
        var response = post(port, "/api/v1/tokens", null,
                "{\"email\":\"professional@texel.example\",\"password\":\"herstart-wachtwoord\",\"collaboration\":\"texel\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return firstMatch(TOKEN, response.body());
    }

    private HttpResponse<String> get(int port, String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String token, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("pattern %s in %s", pattern, text).isTrue();
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
