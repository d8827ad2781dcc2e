package nl.samenspraak.selfscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A round's results page needs the same few queries for 2 responses as for 20 (no N+1). */
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

    @Test
    void roundResultsQueriesDoNotGrowWithTheNumberOfResponses() throws Exception {
        long smallQueries = resultsPageWith(2);
        long fullQueries = resultsPageWith(20);

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(15);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    /** A second round in the same collaboration, so the comparison with an earlier round is on the page too. */
    private long resultsPageWith(int count) throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        ScanRound earlier = scans.anOpenRound(world, "Ronde 1");
        scans.respond(earlier, RespondentGroup.RESIDENT, count / 2, 2, Map.of());
        scans.respond(earlier, RespondentGroup.PROFESSIONAL, count / 2, 3, Map.of());
        rounds.close(world.collaboration().id(), earlier.id(), "test");
        ScanRound round = scans.anOpenRound(world, "Ronde 2");
        scans.respond(round, RespondentGroup.RESIDENT, count / 2, 3, Map.of());
        scans.respond(round, RespondentGroup.PROFESSIONAL, count / 2, 4, Map.of());
        return PageQueries.fewest(mvc, () -> get("/beheer/{slug}/zelfscan/{id}", world.collaboration().slug(), round.id())
                .with(as(world.coordinatorEmail())));
    }
}
