package nl.samenspraak.reimbursement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The claims list and the totals page need the same few queries for 2 claims as for 20 (no N+1). */
class ReimbursementQueriesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Claims claims;
    @Autowired Decisions decisions;

    @Test
    void claimsListQueriesDoNotGrowWithTheNumberOfClaims() throws Exception {
        World small = withClaims(2, false);
        World full = withClaims(20, false);

        long smallQueries = page(small, "/beheer/{slug}/vergoedingen");
        long fullQueries = page(full, "/beheer/{slug}/vergoedingen");

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    @Test
    void totalsQueriesDoNotGrowWithTheNumberOfResidentsPaid() throws Exception {
        World small = withClaims(2, true);
        World full = withClaims(20, true);

        long smallQueries = page(small, "/beheer/{slug}/vergoedingen/totalen");
        long fullQueries = page(full, "/beheer/{slug}/vergoedingen/totalen");

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    /** Each claim from a resident of its own, so the page has as many names to show as claims. */
    private World withClaims(int count, boolean approved) {
        World world = fixtures.aCollaborationWithStaff();
        var c = world.collaboration().id();
        for (int i = 0; i < count; i++) {
            var resident = ClaimFixtures.aResident(context, c);
            var claim = claims.submit(c, resident, ClaimFixtures.allowance("10.00", today()), null);
            if (approved) {
                decisions.approve(c, claim, true, world.coordinatorEmail());
            }
        }
        return world;
    }

    private long page(World world, String path) throws Exception {
        return PageQueries.fewest(mvc, () -> get(path, world.collaboration().slug()).with(as(world.coordinatorEmail())));
    }
}
