package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member list and the activity page need the same few queries for 2 members as for 20 (no N+1). */
class PoolQueriesTest extends IntegrationTest {

    @Autowired PoolJoining joining;
    @Autowired Fixtures fixtures;
    @Autowired PoolMembers members;
    @Autowired Activities activities;
    @Autowired InvitationRound round;

    @Test
    void memberListQueriesDoNotGrowWithTheNumberOfMembers() throws Exception {
        World small = fixtures.aCollaborationWithStaff();
        World full = fixtures.aCollaborationWithStaff();
        join(small, 2);
        join(full, 20);

        long smallQueries = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/inwonerpool", small.collaboration().slug())
                .with(as(small.coordinatorEmail())));
        long fullQueries = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/inwonerpool", full.collaboration().slug())
                .with(as(full.coordinatorEmail())));

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    /** Every member is checked against their own limits; half of them were already invited. */
    @Test
    void activityPageQueriesDoNotGrowWithTheNumberOfMembersChecked() throws Exception {
        long smallQueries = activityPageWith(2);
        long fullQueries = activityPageWith(20);

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(15);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    private long activityPageWith(int count) throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        List<UUID> joined = join(world, count);
        LocalDate day = today().plusDays(10);
        UUID earlier = activities.create(c, InvitationsTest.activity("Praattafel", day, "14:00", "2", "IN_PERSON"), "test");
        round.invite(c, earlier, joined.subList(0, count / 2), "test");
        UUID activity = activities.create(c, InvitationsTest.activity("Klankbordavond", day, "19:30", "2", "IN_PERSON"), "test");
        round.invite(c, activity, joined.subList(count / 2, count), "test");
        return PageQueries.fewest(mvc, () -> get("/beheer/{slug}/inwonerpool/activiteiten/{id}",
                world.collaboration().slug(), activity).with(as(world.coordinatorEmail())));
    }

    private List<UUID> join(World world, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(joining.join(world.collaboration().id(), PoolData.byEmail("Lid " + i), PoolData.anOpenProfile(), false)
                    .memberId());
        }
        return ids;
    }
}
