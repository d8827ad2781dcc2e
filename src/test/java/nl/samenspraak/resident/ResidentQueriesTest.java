package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.reimbursement.ClaimFixtures;
import nl.samenspraak.reimbursement.Claims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The residents list, who-is-at-the-table and the privacy page need the same few queries for 2 rows as for 20. */
class ResidentQueriesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired Demographics demographics;
    @Autowired Participations participations;
    @Autowired Populations populations;
    @Autowired ResidentMessages messages;
    @Autowired Collaborations collaborations;
    @Autowired Claims claims;

    @Test
    void residentsListQueriesDoNotGrowWithTheNumberOfResidents() throws Exception {
        World small = withParticipants(2);
        World full = withParticipants(20);

        long smallQueries = staffPage(small, "/beheer/{slug}/inwoners", Map.of());
        long fullQueries = staffPage(full, "/beheer/{slug}/inwoners", Map.of());

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(8);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    @Test
    void whoIsAtTheTableQueriesDoNotGrowWithTheNumberOfParticipants() throws Exception {
        World small = withParticipants(2);
        World full = withParticipants(20);

        long smallQueries = staffPage(small, "/beheer/{slug}/wie-doet-mee", Map.of("scope", "pool"));
        long fullQueries = staffPage(full, "/beheer/{slug}/wie-doet-mee", Map.of("scope", "pool"));

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(15);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    @Test
    void privacyPageQueriesDoNotGrowWithTheNumberOfRecordsAboutTheResident() throws Exception {
        String small = privacyLinkOfAResidentWith(2);
        String full = privacyLinkOfAResidentWith(20);

        long smallQueries = PageQueries.fewest(mvc, () -> get("/mijn-gegevens/{token}", small));
        long fullQueries = PageQueries.fewest(mvc, () -> get("/mijn-gegevens/{token}", full));

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(30);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    /** Participants of the pool, through a partner organisation, with answers, compared against an area. */
    private World withParticipants(int count) {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID partner = collaborations.registeredOrganisations(c).getFirst().id();
        UUID area = populations.createArea(c, "Dorp", world.coordinatorId(), "test");
        populations.replace(c, area, java.util.List.of(Dimension.values()), Map.of(Dimension.AGE,
                Map.of("A45_64", 3000L, "A65_74", 1000L)), world.coordinatorId(), "test", "typed");
        for (int i = 0; i < count; i++) {
            UUID r = residents.register(c, new ResidentDetails("Deelnemer " + i, "deelnemer" + i + "@example.org", null,
                    null, ContactChannel.EMAIL, "nl"));
            participations.record(c, r, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                    "DOOR_TO_DOOR", partner));
            demographics.save(c, r, Map.of(Dimension.AGE, i % 2 == 0 ? "A45_64" : "A65_74"), true);
        }
        return world;
    }

    /** A resident with {@code count} participations, letters and claims, and a fresh link to their data. */
    private String privacyLinkOfAResidentWith(int count) {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID r = residents.register(c, new ResidentDetails("Zwaantje Vos", "zwaantje." + UUID.randomUUID() + "@example.org",
                null, "Dorpsstraat 1, 7311 AB Apeldoorn", ContactChannel.POST, "nl"));
        demographics.save(c, r, Map.of(Dimension.AGE, "A45_64"), true);
        for (int i = 0; i < count; i++) {
            participations.record(c, r, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                    "ONLINE", null));
            messages.send(c, r, "Brief " + i, "Beste Zwaantje, dit is brief " + i + ".", null);
            claims.submit(c, r, ClaimFixtures.allowance("5.00", today()), null);
        }
        return new ResidentFixtures(context).privacyLinkOf(c, r);
    }

    private long staffPage(World world, String path, Map<String, String> params) throws Exception {
        return PageQueries.fewest(mvc, () -> {
            var request = get(path, world.collaboration().slug()).with(as(world.coordinatorEmail()));
            params.forEach(request::param);
            return request;
        });
    }
}
