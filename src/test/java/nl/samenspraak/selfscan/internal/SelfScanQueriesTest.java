package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A round's results page needs the same few queries for a few responses as for many (no N+1). */
class SelfScanQueriesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired JdbcClient jdbc;
    ScanWorld scans;

    @BeforeEach
    void scans() {
        scans = new ScanWorld(rounds, responses, jdbc);
    }

    /**
     * Both sizes show their results: below {@link Statistics#MIN_RESPONDENTS} per group the page hides the
     * figures and with them the knowledge suggestions for the weakest themes, a different page altogether.
     */
    @Test
    void roundResultsQueriesDoNotGrowWithTheNumberOfResponses() throws Exception {
        long smallQueries = resultsPageWith(Statistics.MIN_RESPONDENTS);
        long fullQueries = resultsPageWith(20);

        // 11 for the round, its results and the comparison; 4 per weakest theme for its knowledge suggestions.
        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(11 + 4 * WeakTheme.THEMES);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    /** {@code count} responses per group, in a round after an earlier one, so the comparison is on the page too. */
    private long resultsPageWith(int count) throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        ScanRound earlier = scans.anOpenRound(world, "Ronde 1");
        scans.respond(earlier, RespondentGroup.RESIDENT, count, 2, Map.of());
        scans.respond(earlier, RespondentGroup.PROFESSIONAL, count, 3, Map.of());
        rounds.close(world.collaboration().id(), earlier.id(), "test");
        ScanRound round = scans.anOpenRound(world, "Ronde 2");
        scans.respond(round, RespondentGroup.RESIDENT, count, 3, Map.of());
        scans.respond(round, RespondentGroup.PROFESSIONAL, count, 4, Map.of());
        return PageQueries.fewest(mvc, () -> get("/beheer/{slug}/zelfscan/{id}", world.collaboration().slug(), round.id().value())
                .with(as(world.coordinatorEmail())));
    }
}
