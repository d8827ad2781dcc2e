package nl.samenspraak.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputId;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.input.Referral;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a benchmark, run by bench/run.sh (its name keeps it out of the test suite).
 * It fills one process with 2,000 answered inputs and times pages over loopback from the
 * same JVM, then compares resident submissions with bare single-row inserts into the
 * same PostgreSQL. Templates are cached here, as in production (the tests switch that off).
 */
@TestPropertySource(properties = "spring.thymeleaf.cache=true")
class ProcessPageBenchmark extends IntegrationTest {

    static final int INPUTS = 2_000;
    static final int OVERDUE = 100;
    /** The 2,000 answered inputs are linked to this many decisions, each with {@link #UPDATES} updates. */
    static final int DECISIONS = 20;
    static final int UPDATES = 3;
    /** The bar for the process page and the feeds (issue 11). */
    static final double TARGET_P95_MS = 50;
    static final int WARM_UP = 50;
    static final int TIMED = 300;
    static final int WRITERS = 8;
    static final int WRITE_SECONDS = 10;
    /** The staff page's filter for overdue inputs. */
    static final String STAFF_OVERDUE_QUERY = "?filter=te-laat";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern NEXT_PAGE = Pattern.compile("href=\"([^\"]*[?&](?:amp;)?voor=\\d+[^\"]*)\"");
    static final List<String> TEXTS = List.of(
            "Een bankje bij de bushalte, zodat ik even kan zitten.",
            "Meer activiteiten in het buurthuis op zondag, want dan is het stil.",
            "Een koffieochtend voor mantelzorgers, één keer per maand.",
            "Betere verlichting op het fietspad naar het dorp.",
            "Hulp bij formulieren in de bibliotheek.",
            "Een wandelgroep voor mensen die niet zo snel lopen.");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;

    record Row(String what, String url, double p50, double p95, double p99, double kb) {}

    @Test
    void measure() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        long start = System.nanoTime();
        List<UUID> answered = fill(world, process);
        decide(world, process, answered);
        awaitBackgroundWork();
        System.out.printf("%nFilled one process with %d answered and %d overdue inputs, linked to %d decisions with %d updates"
                        + " each, in %.1f s.%n", INPUTS, OVERDUE, DECISIONS, UPDATES, (System.nanoTime() - start) / 1e9);

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpClient staff = loggedIn(world.coordinatorEmail());
        String token = tokens.issue(world.coordinatorId(), world.collaboration().slug()).orElseThrow().token();
        String slug = world.collaboration().slug();

        String publicPage = "/trajecten/" + process;
        String laterPage = laterPage(anonymous, publicPage, 10);
        List<Row> rows = new ArrayList<>();
        rows.add(time("public process page, first", anonymous, publicPage, null));
        rows.add(time("public process page, later (keyset)", anonymous, laterPage, null));
        rows.add(time("staff dashboard", staff, "/beheer/" + slug, null));
        rows.add(time("staff process, overdue list", staff, "/beheer/" + slug + "/trajecten/" + process + STAFF_OVERDUE_QUERY, null));
        rows.add(time("API overdue inputs", anonymous, "/api/v1/processes/" + process + "/inputs?overdue=true", token));
        rows.add(time("process timeline", anonymous, publicPage + "/voortgang", null));
        rows.add(time("process Atom feed", anonymous, publicPage + "/voortgang.atom", null));
        rows.add(time("collaboration Atom feed", anonymous, "/samenwerkingen/" + slug + "/voortgang.atom", null));
        printReads(rows);
        for (Row row : rows) {
            if (row.what().startsWith("public process page") || row.what().contains("Atom")) {
                System.out.printf("%-38s p95 %.1f ms: %s (target < %.0f ms)%n", row.what(), row.p95(),
                        row.p95() < TARGET_P95_MS ? "within target" : "OVER TARGET", TARGET_P95_MS);
            }
        }
        assertThat(rows).as("every measured page answered with content").allSatisfy(row -> assertThat(row.kb()).isPositive());

        writes(process);
    }

    /**
     * Telling 2,000 authors about 80 decision changes runs after the commits, in the background; measuring
     * while it runs would time that work, not the pages. Waits (at most two minutes) until it is done.
     */
    private void awaitBackgroundWork() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() > 0) {
            Thread.sleep(500);
        }
    }

    /** Decisions as staff record them: each answers a share of the inputs, and has dated updates, one a delay. */
    private void decide(Fixtures.World world, UUID process, List<UUID> inputs) {
        UUID c = world.collaboration().id();
        int share = inputs.size() / DECISIONS;
        DecisionState[] states = {DecisionState.IN_PROGRESS, DecisionState.DELAYED, DecisionState.DONE};
        for (int d = 0; d < DECISIONS; d++) {
            DecisionId id = decisions.record(c, process, new NewDecision("Besluit " + (d + 1) + ": " + TEXTS.get(d % TEXTS.size()),
                    "Het college heeft besloten dit uit te voeren in de wijk.", "College van B&W", today().minusDays(40 - d),
                    "Veel inwoners vroegen erom.", inputs.subList(d * share, (d + 1) * share)), world.coordinatorId(), "bench");
            for (int u = 0; u < UPDATES; u++) {
                decisions.update(c, id, states[u % states.length], "Stand van zaken " + (u + 1) + ": de aannemer is bezig.",
                        today().minusDays(20 - d / 2 - u), world.coordinatorId(), "bench");
            }
        }
    }

    /** Real inputs through the real facades: captured from every channel, then each answered; returns the answered ones. */
    private List<UUID> fill(Fixtures.World world, UUID process) throws Exception {
        UUID c = world.collaboration().id();
        Channel[] channels = Channel.values();
        FeedbackStatus[] outcomes = {FeedbackStatus.ADOPTED, FeedbackStatus.PARTLY_ADOPTED, FeedbackStatus.NOT_ADOPTED,
                FeedbackStatus.ALREADY_EXISTS, FeedbackStatus.OUT_OF_SCOPE};
        List<Future<UUID>> work = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < INPUTS + OVERDUE; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    boolean overdue = n >= INPUTS;
                    var receipt = intake.capture(c, process, new NewInput(TEXTS.get(n % TEXTS.size()) + " (" + n + ")",
                            channels[n % channels.length], today().minusDays(overdue ? 30 : n % 60),
                            n % 10 != 0, Author.anonymous(), world.coordinatorId()));
                    if (!overdue) {
                        FeedbackStatus outcome = outcomes[n % outcomes.length];
                        feedback.answer(c, new InputId(receipt.id()), outcome,
                                "Dank u wel. We hebben uw idee besproken in de werkgroep en nemen het mee in het plan voor "
                                        + "volgend jaar. U hoort in juni meer.",
                                outcome == FeedbackStatus.OUT_OF_SCOPE ? new Referral("Gemeente, team openbare ruimte", null)
                                        : null, world.coordinatorId(), "bench");
                        return receipt.id();
                    }
                    return null;
                }));
            }
        }
        List<UUID> answered = new ArrayList<>();
        for (Future<UUID> f : work) {
            UUID id = f.get();
            if (id != null) {
                answered.add(id);
            }
        }
        return answered;
    }

    private HttpClient loggedIn(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf = csrfOf(client, "/login");
        var response = client.send(post("/login", Map.of("email", email, "password", Fixtures.PASSWORD, "_csrf", csrf)),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
        }
        // Coordinators have a second factor: without the code every staff page is a redirect to the code page.
        var code = client.send(post("/login/code", Map.of("code", fixtures.currentCode(email),
                "_csrf", csrfOf(client, "/login/code"))), HttpResponse.BodyHandlers.discarding());
        if (code.statusCode() != 302 || code.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("second factor failed: " + code.statusCode());
        }
        return client;
    }

    private String csrfOf(HttpClient client, String path) throws Exception {
        String html = client.send(get(path, null), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return m.group(1);
    }

    /** Follows the "older" links of the public page, as a reader paging back would. */
    private String laterPage(HttpClient client, String first, int pages) throws Exception {
        String path = first;
        for (int i = 0; i < pages; i++) {
            String html = client.send(get(path, null), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = NEXT_PAGE.matcher(html);
            if (!m.find()) {
                break;
            }
            String href = m.group(1).replace("&amp;", "&").replaceFirst("#.*$", "");
            path = href.startsWith("?") ? first + href : href;
        }
        if (path.equals(first)) {
            throw new IllegalStateException("the public process page has no link to older inputs");
        }
        return path;
    }

    private Row time(String what, HttpClient client, String path, String token) throws Exception {
        long bytes = 0;
        double[] millis = new double[TIMED];
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long t0 = System.nanoTime();
            var response = client.send(get(path, token), HttpResponse.BodyHandlers.ofByteArray());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (t1 - t0) / 1e6;
            }
            bytes = response.body().length;
        }
        Arrays.sort(millis);
        return new Row(what, path, pct(millis, 50), pct(millis, 95), pct(millis, 99), bytes / 1024.0);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private void printReads(List<Row> rows) {
        System.out.printf("%nReads: %d warm-up then %d timed requests each, one at a time. Times are wall time of the%n"
                + "whole request over loopback, measured in the client (no server-side timer was added).%n", WARM_UP, TIMED);
        System.out.printf("%-38s %8s %8s %8s %9s%n", "page", "p50 ms", "p95 ms", "p99 ms", "size KB");
        for (Row r : rows) {
            System.out.printf("%-38s %8.1f %8.1f %8.1f %9.1f%n", r.what(), r.p50(), r.p95(), r.p99(), r.kb());
        }
    }

    /** Resident submissions through the real form versus bare single-row inserts, same concurrency. */
    private void writes(UUID process) throws Exception {
        long inputsBefore = countInputs(process);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long deadline = System.nanoTime() + WRITE_SECONDS * 1_000_000_000L;
        List<Future<Object>> clients = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < WRITERS; t++) {
                int writer = t;
                clients.add(threads.submit(() -> {
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                    String csrf = csrfOf(client, "/trajecten/" + process);
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        Map<String, String> form = residentForm(TEXTS.get(n % TEXTS.size()) + " (bench " + writer + "-" + n + ")");
                        form.put("_csrf", csrf);
                        var request = HttpRequest.newBuilder(URI.create(baseUrl() + "/trajecten/" + process + "/inbreng"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                // one simulated resident per address, well within the per-address limit
                                .header("X-Forwarded-For", "10.77." + writer + "." + (n / 10 % 250 + 1))
                                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 302 || status == 303 ? accepted : refused).incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<Object> f : clients) {
            f.get();
        }
        long stored = countInputs(process) - inputsBefore;

        // The same submissions without HTTP: splits the cost between the web stack and the intake itself.
        AtomicLong direct = new AtomicLong();
        long directDeadline = System.nanoTime() + WRITE_SECONDS * 1_000_000_000L;
        List<Future<Object>> callers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < WRITERS; t++) {
                callers.add(threads.submit(() -> {
                    for (int n = 0; System.nanoTime() < directDeadline; n++) {
                        intake.receiveOnline(process, TEXTS.get(n % TEXTS.size()), true, Author.anonymous());
                        direct.incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<Object> f : callers) {
            f.get();
        }

        jdbc.sql("CREATE TABLE IF NOT EXISTS bench_scratch (id UUID PRIMARY KEY, text TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL)").update();
        AtomicLong inserted = new AtomicLong();
        long insertDeadline = System.nanoTime() + WRITE_SECONDS * 1_000_000_000L;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < WRITERS; t++) {
                threads.submit(() -> {
                    for (int n = 0; System.nanoTime() < insertDeadline; n++) {
                        jdbc.sql("INSERT INTO bench_scratch (id, text, created_at) VALUES (:id, :text, now())")
                                .param("id", UUID.randomUUID()).param("text", TEXTS.get(n % TEXTS.size())).update();
                        inserted.incrementAndGet();
                    }
                });
            }
        }
        jdbc.sql("DROP TABLE bench_scratch").update();

        double formRate = accepted.get() / (double) WRITE_SECONDS;
        double insertRate = inserted.get() / (double) WRITE_SECONDS;
        double directRate = direct.get() / (double) WRITE_SECONDS;
        String durability = jdbc.sql("SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' "
                + "|| current_setting('synchronous_commit') || ', pool=' || :pool").param("pool", poolSize()).query(String.class).single();
        System.out.printf("%nWrites: %d concurrent clients (virtual threads) for %d s each.%n", WRITERS, WRITE_SECONDS);
        System.out.printf("%-52s %10s%n", "what", "per second");
        System.out.printf("%-52s %10.0f%n", "resident submissions, POST /trajecten/{id}/inbreng", formRate);
        System.out.printf("%-52s %10.0f%n", "the same, calling InputIntake directly (no HTTP)", directRate);
        System.out.printf("%-52s %10.0f%n", "single-row INSERT + commit, same PostgreSQL", insertRate);
        System.out.printf("%-52s %10.2f%n", "ratio submissions / inserts (bar: >= 0.50)", formRate / insertRate);
        System.out.println("PostgreSQL: " + durability + "; " + Runtime.getRuntime().availableProcessors() + " CPUs.");
        System.out.printf("Acknowledged %d, refused %d, found stored %d (every acknowledged one must be stored).%n",
                accepted.get(), refused.get(), stored);
        assertThat(stored).as("acknowledged submissions found stored").isGreaterThanOrEqualTo(accepted.get());
    }

    /** What a resident fills in on the public form: text only, no contact details. */
    private static Map<String, String> residentForm(String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("text", text);
        form.put("publish", "true");
        form.put("contactBy", "NONE");
        return form;
    }

    private String poolSize() {
        try {
            return String.valueOf(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize());
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }

    private long countInputs(UUID process) {
        return jdbc.sql("SELECT count(*) FROM input WHERE process_id = :p").param("p", process).query(Long.class).single();
    }

    private HttpRequest get(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
