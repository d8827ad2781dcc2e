package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Not a test: a benchmark, run by bench/run.sh (its name keeps it out of the test suite).
 * Searches the whole knowledge base (the seed the app loaded plus 500 generated, approved
 * lessons) with realistic Dutch and English queries and filters, and prints the server time
 * of the search page: the request handled in-process (MockMvc: security, search, rendering),
 * without the network. Templates are cached, as in production.
 */
@TestPropertySource(properties = "spring.thymeleaf.cache=true")
class KnowledgeSearchBenchmark extends IntegrationTest {

    static final int LESSONS = 500;
    static final int WARM_UP = 30;
    static final int TIMED = 200;
    static final List<String> PLACES = List.of("Oost", "het dorp", "de wijk Noord", "Texel", "het centrum", "de buurt");
    static final List<String> WHO = List.of("ouderen die alleen wonen", "jonge mantelzorgers", "ouders van jonge kinderen",
            "inwoners met weinig geld", "mensen die moeite hebben met lezen", "nieuwkomers", "jongeren", "alle inwoners");
    static final List<String> TRIED = List.of("keukentafelgesprekken", "een inloopspreekuur in de bibliotheek",
            "een wandeling door de wijk met de wijkagent", "een enquête op papier en online", "een buurtbarbecue",
            "een klankbordgroep van inwoners", "huisbezoeken met een ervaringsdeskundige", "een fotowedstrijd");
    static final List<String> HAPPENED = List.of("Er kwamen meer mensen dan we dachten.",
            "Weinig mensen reageerden op de brief, maar wel op de persoonlijke uitnodiging.",
            "Inwoners wilden vooral dat we terugkoppelden wat we met hun ideeën deden.",
            "Het vertrouwen groeide toen de gemeente naar de buurt kwam.",
            "Eenzaamheid bleek een groter probleem dan we wisten.");

    /** Query parameters of one search, as the GET form sends them. */
    record Query(String label, Map<String, String> params) {}

    @Autowired Fixtures fixtures;
    @Autowired Lessons lessons;
    @Autowired JdbcClient jdbc;

    @Test
    void measure() throws Exception {
        long start = System.nanoTime();
        fill();
        long items = jdbc.sql("SELECT count(*) FROM knowledge_item").query(Long.class).single();
        long approved = jdbc.sql("SELECT count(*) FROM knowledge_lesson WHERE sharing = 'APPROVED'").query(Long.class).single();
        long words = jdbc.sql("SELECT count(*) FROM knowledge_word").query(Long.class).single();
        System.out.printf("%nKnowledge base: %d seeded items, %d approved lessons, %d words for typo correction; filled in %.1f s.%n",
                items, approved, words, (System.nanoTime() - start) / 1e9);
        System.out.printf("Server time of GET /kennisbank (MockMvc, in-process: security, search, rendering),%n"
                + "%d warm-up then %d timed requests per query, one at a time.%n", WARM_UP, TIMED);
        System.out.printf("%-52s %8s %8s %8s %7s%n", "query", "p50 ms", "p95 ms", "max ms", "hits");
        List<Double> all = new ArrayList<>();
        for (Query q : queries()) {
            double[] times = new double[TIMED];
            String body = "";
            for (int i = 0; i < WARM_UP + TIMED; i++) {
                MockHttpServletRequestBuilder request = get("/kennisbank");
                q.params().forEach(request::param);
                long t = System.nanoTime();
                var response = mvc.perform(request).andReturn().getResponse();
                double ms = (System.nanoTime() - t) / 1e6;
                assertThat(response.getStatus()).as(q.label()).isEqualTo(200);
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = ms;
                    all.add(ms);
                }
                body = response.getContentAsString();
            }
            Arrays.sort(times);
            System.out.printf("%-52s %8.1f %8.1f %8.1f %7s%n", q.label(), pct(times, 50), pct(times, 95), times[times.length - 1],
                    hits(body));
        }
        double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-52s %8.1f %8.1f %8.1f%n", "all queries together", pct(sorted, 50), pct(sorted, 95),
                sorted[sorted.length - 1]);
        System.out.printf("Bar: p95 under 50 ms. %s%nKnowledge search benchmark done.%n",
                pct(sorted, 95) < 50 ? "Met." : "NOT met.");
    }

    private void fill() {
        List<Fixtures.World> worlds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            worlds.add(fixtures.aCollaborationWithStaff());
        }
        List<String> methods = jdbc.sql("SELECT key FROM knowledge_item WHERE type = 'method' ORDER BY key").query(String.class).list();
        List<String> themes = List.of("koppel-terug", "vroeg-betrekken", "veilige-omgeving", "motivaties", "snelle-successen");
        UUID last = null;
        Fixtures.World lastWorld = null;
        for (int i = 0; i < LESSONS; i++) {
            Fixtures.World w = worlds.get(i % worlds.size());
            String tried = TRIED.get(i % TRIED.size());
            LessonDraft draft = new LessonDraft("Les " + i + ": " + tried + " in " + PLACES.get(i % PLACES.size()),
                    "We organiseerden " + tried + " voor " + WHO.get(i % WHO.size()) + " in " + PLACES.get(i % PLACES.size()) + ".",
                    WHO.get(i % WHO.size()), HAPPENED.get(i % HAPPENED.size()),
                    i % 3 == 0 ? "Eerder beginnen en de uitnodiging persoonlijk maken." : "",
                    methods.isEmpty() ? List.of() : List.of(methods.get(i % methods.size())),
                    List.of(themes.get(i % themes.size())), List.of());
            last = lessons.write(w.collaboration().id(), draft, w.coordinatorEmail());
            lastWorld = w;
        }
        // Approve in bulk; the last one through the real flow, which also rebuilds the word list once.
        jdbc.sql("UPDATE knowledge_lesson SET sharing = 'APPROVED', sharing_changed_at = now() WHERE sharing = 'PRIVATE' AND id <> :last")
                .param("last", last).update();
        lessons.requestSharing(lastWorld.collaboration().id(), last, "bench");
        lessons.approve(last, "bench");
    }

    private static List<Query> queries() {
        return List.of(
                q("ouderen", "q", "ouderen"),
                q("eenzaamheid", "q", "eenzaamheid"),
                q("participeren (stemming)", "q", "participeren"),
                q("inwoners betrekken", "q", "inwoners betrekken"),
                q("mantelzorgers keukentafel", "q", "mantelzorgers keukentafel"),
                q("oudren (typo)", "q", "oudren"),
                q("\"koppel terug\" (phrase)", "q", "\"koppel terug\""),
                q("jongeren -school (operator)", "q", "jongeren -school"),
                q("ouderen, type=method", "q", "ouderen", "soort", "method"),
                q("inwoners, doelgroep=ouderen", "q", "inwoners", "doelgroep", "ouderen"),
                q("vertrouwen, thema=veilige-omgeving", "q", "vertrouwen", "thema", "veilige-omgeving"),
                q("(no words) niveau=ADVISING", "niveau", "ADVISING"),
                q("(no words) overview", "lang", "nl"),
                q("en: older people", "q", "older people", "lang", "en"),
                q("en: report back, type=method", "q", "report back", "soort", "method", "lang", "en"),
                q("en: loneliness residents", "q", "loneliness residents", "lang", "en"));
    }

    private static Query q(String label, String... params) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return new Query(label, map);
    }

    private static String hits(String body) {
        int count = body.split("<li class=\"card\"", -1).length - 1;
        return count == 20 ? "20+" : Integer.toString(count);
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
