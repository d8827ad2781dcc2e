package nl.samenspraak.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test: a benchmark, run by bench/run.sh (its name keeps it out of the test suite). Loads the demo (three
 * years of history for texel, heerenveen and mijnstreek) and measures the server time of the yearly report for the
 * demo board member: the request handled in-process (MockMvc: security, the eight modules' reads, rendering),
 * without the network. Templates are cached, as in production. Target (issue 13): p95 under 200 ms.
 */
@TestPropertySource(properties = {"samenspraak.demo=true", "spring.thymeleaf.cache=true"})
class ReportPageBenchmark extends IntegrationTest {

    static final int WARM_UP = 50;
    static final int TIMED = 200;
    static final List<String> DEMO = List.of("texel", "heerenveen", "mijnstreek");

    @Test
    void measure() throws Exception {
        System.out.printf("%nYearly report: server time (MockMvc, in-process), %d warm-up then %d timed requests per URL,%n"
                + "one at a time, as the demo board member bestuurder@<slug>.example.%n", WARM_UP, TIMED);
        System.out.printf("%-44s %8s %8s %8s %8s %9s%n", "url", "p50 ms", "p95 ms", "max ms", "queries", "bytes");
        boolean met = true;
        for (String slug : DEMO) {
            String board = "bestuurder@" + slug + ".example";
            for (String url : List.of("/beheer/" + slug + "/rapport", "/beheer/" + slug + "/rapport/" + (today().getYear() - 1),
                    "/beheer/" + slug + "/rapport/" + today().getYear() + ".csv")) {
                double[] times = new double[TIMED];
                int bytes = 0;
                for (int i = 0; i < WARM_UP + TIMED; i++) {
                    long t = System.nanoTime();
                    var response = mvc.perform(get(url).with(as(board))).andReturn().getResponse();
                    double ms = (System.nanoTime() - t) / 1e6;
                    assertThat(response.getStatus()).as(url).isEqualTo(200);
                    if (i >= WARM_UP) {
                        times[i - WARM_UP] = ms;
                    }
                    bytes = response.getContentAsByteArray().length;
                }
                Arrays.sort(times);
                long queries = PageQueries.fewest(mvc, () -> get(url).with(as(board)));
                System.out.printf("%-44s %8.1f %8.1f %8.1f %8d %9d%n", url, pct(times, 50), pct(times, 95),
                        times[times.length - 1], queries, bytes);
                if (!url.endsWith(".csv")) {
                    met &= pct(times, 95) < 200;
                }
            }
            String pdf = "/beheer/" + slug + "/rapport/" + today().getYear() + ".pdf";
            double[] times = new double[20];
            for (int i = 0; i < 25; i++) {
                long t = System.nanoTime();
                mvc.perform(get(pdf).with(as(board))).andReturn();
                if (i >= 5) {
                    times[i - 5] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(times);
            System.out.printf("%-44s %8.1f %8.1f %8.1f   (5 warm-up, 20 timed)%n", pdf, pct(times, 50), pct(times, 95),
                    times[times.length - 1]);
        }
        System.out.printf("Bar: report page p95 under 200 ms. %s%nReport benchmark done.%n", met ? "Met." : "NOT met.");
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
