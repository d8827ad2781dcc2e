package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Measures how many SQL statements one page request needs, the way {@code PageQueriesTest} does:
 * the fewest over a few requests, so that a background job's query is not counted against the page.
 */
public final class PageQueries {

    private static final int TRIES = 4;

    private PageQueries() {}

    /** The fewest statements any of a few identical requests needed; each must answer 200. */
    public static long fewest(MockMvc mvc, Supplier<? extends RequestBuilder> request) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            long before = QueryCounter.statementsOnThisThread();
            int status = mvc.perform(request.get()).andReturn().getResponse().getStatus();
            long used = QueryCounter.statementsOnThisThread() - before;
            assertThat(status).as("status of the measured page").isEqualTo(200);
            fewest = Math.min(fewest, used);
        }
        return fewest;
    }
}
