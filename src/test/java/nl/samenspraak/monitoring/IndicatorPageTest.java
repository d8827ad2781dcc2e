package nl.samenspraak.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.RoleKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** The indicator page: who may see it, what it shows, and that its cost does not grow with history. */
class IndicatorPageTest extends IntegrationTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired Residents residents;
    @Autowired Participations participations;
    @Autowired MessageSource messages;
    @Autowired CollaborationRoles roles;
    @Autowired ProcessIndicators indicators;

    @Test
    void aNewCollaborationSeesTheEmptyStateAndNoTables() throws Exception {
        var world = fixtures.aCollaborationWithStaff();

        String page = page(world.collaboration().slug(), world.viewerEmail(), 200).getContentAsString();

        assertThat(page).contains(text("monitoring.indicators.title"), text("monitoring.indicators.empty"))
                .doesNotContain("<table");
    }

    @Test
    void everyStaffRoleSeesTheIndicatorsWithTheirQuarterlyTablesAndNoNames() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        LocalDate received = Quarter.of(today()).plus(-1).start().plusDays(2);
        for (int i = 0; i < 4; i++) {
            UUID id = capture(c, process, received);
            feedback.recordEarlierAnswer(c, id, FeedbackStatus.ADOPTED, "Dat doen we.", received.plusDays(i < 3 ? 5 : 20),
                    world.coordinatorId(), "test");
        }
        // A quarter earlier all on time: two points, so the trend line is drawn.
        UUID earlier = capture(c, process, received.minusMonths(3));
        feedback.recordEarlierAnswer(c, earlier, FeedbackStatus.ADOPTED, "Dat doen we.", received.minusMonths(3).plusDays(1),
                world.coordinatorId(), "test");
        UUID resident = residents.register(c, new ResidentDetails("Trijntje Zoutman", "trijntje-" + UUID.randomUUID()
                + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
        participations.record(c, resident, new Participations.Participation(Participations.Kind.POOL, null, null, null,
                "ONLINE", null));

        for (String who : new String[] {world.viewerEmail(), world.professionalEmail(), world.coordinatorEmail()}) {
            String page = page(world.collaboration().slug(), who, 200).getContentAsString();
            assertThat(page).as(who).contains(text("monitoring.indicator.answersOnTime.title"),
                    messages.getMessage("monitoring.figure.share", new Object[] {75, 3, 4}, DUTCH),
                    text("monitoring.indicator.reach.title"), text("monitoring.part.POOL"),
                    text("monitoring.figure.suppressed"), "class=\"table-scroll\"", "role=\"img\"")
                    .doesNotContain("Trijntje", "Zoutman", text("monitoring.indicators.empty"));
        }
    }

    @Test
    void staffOfAnotherCollaborationAndStrangersAreTurnedAway() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();

        MockHttpServletResponse response = page(world.collaboration().slug(), other.coordinatorEmail(), -1);
        assertThat(response.getStatus()).isIn(403, 404);
        assertThat(response.getContentAsString()).doesNotContain(text("monitoring.indicators.intro"));
        int anonymous = mvc.perform(get("/beheer/{slug}/indicatoren", world.collaboration().slug()))
                .andReturn().getResponse().getStatus();
        assertThat(anonymous).isIn(302, 401, 403);
    }

    @Test
    void residentsInDecisionRolesAreCountedOnTheLastDayOfEachQuarterThroughTheRolesModule() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID board = roles.catalogue(CollaborationId.of(c)).stream()
                .filter(r -> r.kind().equals(RoleKind.RESIDENT_BOARD_MEMBER.name())).findFirst().orElseThrow().id();
        Quarter now = Quarter.of(today());
        LocalDate twoBack = now.plus(-2).start();
        LocalDate oneBack = now.plus(-1).start();
        holds(world, board, aResident(c), twoBack.plusDays(5), null);
        holds(world, board, aResident(c), oneBack.plusDays(5), oneBack.plusDays(20)); // left before the quarter ended
        holds(world, board, aResident(c), oneBack.plusDays(10), null);

        Indicator decision = indicators.forCollaboration(CollaborationId.of(c), today()).get(IndicatorKind.DECISION_ROLES);

        assertThat(decision.trend()).containsExactly(new QuarterValue(now.plus(-2), Figure.number(1)),
                new QuarterValue(now.plus(-1), Figure.number(2)), new QuarterValue(now, Figure.number(2)));
        assertThat(page(world.collaboration().slug(), world.viewerEmail(), 200).getContentAsString())
                .contains(text("monitoring.indicator.decisionRoles.title"));
    }

    private UUID aResident(UUID c) {
        return residents.register(c, new ResidentDetails("Bestuurslid", "b-" + UUID.randomUUID() + "@example.org", null,
                null, ContactChannel.EMAIL, "nl"));
    }

    private void holds(Fixtures.World world, UUID role, UUID resident, LocalDate from, LocalDate until) throws Exception {
        int status = mvc.perform(post("/beheer/{slug}/rollen/{id}/houders", world.collaboration().slug(), role)
                .param("holder", "resident:" + resident).param("from", from.toString())
                .param("until", until == null ? "" : until.toString())
                .with(as(world.coordinatorEmail())).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(303);
    }

    @Test
    void thePageNeedsTheSameFewQueriesWhateverTheHistory() throws Exception {
        var small = fixtures.aCollaborationWithStaff();
        var large = fixtures.aCollaborationWithStaff();
        UUID c = large.collaboration().id();
        UUID process = fixtures.aProcess(large);
        for (int months = 0; months < 24; months += 2) {
            capture(c, process, today().minusMonths(months));
        }
        for (int i = 0; i < 15; i++) {
            UUID resident = residents.register(c, new ResidentDetails("Inwoner " + i, "i-" + UUID.randomUUID()
                    + "@example.org", null, null, ContactChannel.EMAIL, "nl"));
            participations.record(c, resident, new Participations.Participation(Participations.Kind.MEETING, null, null,
                    null, "ONLINE", null));
        }

        long empty = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/indicatoren", small.collaboration().slug())
                .with(as(small.viewerEmail())));
        long full = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/indicatoren", large.collaboration().slug())
                .with(as(large.viewerEmail())));

        assertThat(full).isLessThanOrEqualTo(empty + 3).isLessThanOrEqualTo(25);
    }

    private MockHttpServletResponse page(String slug, String email, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/beheer/{slug}/indicatoren", slug).with(as(email)))
                .andReturn().getResponse();
        if (status > 0) {
            assertThat(response.getStatus()).isEqualTo(status);
        }
        return response;
    }

    private UUID capture(UUID c, UUID process, LocalDate receivedOn) {
        return intake.capture(c, process, new NewInput("Een bankje bij de bushalte.", Channel.PAPER, receivedOn, false,
                Author.anonymous(), null)).id();
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
