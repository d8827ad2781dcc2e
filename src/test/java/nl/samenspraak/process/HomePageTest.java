package nl.samenspraak.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A resident finds a process on the home page by place (collaboration or region), theme and "open for input",
 * with a plain form that works without JavaScript. Other tests add processes too, so each test filters on
 * names of its own.
 */
class HomePageTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired Processes processes;

    World north;
    World south;
    String theme;

    @BeforeEach
    void twoCollaborationsWithProcesses() {
        north = fixtures.aCollaborationWithStaff();
        south = fixtures.aCollaborationWithStaff();
        theme = "buurtbus-" + UUID.randomUUID().toString().substring(0, 6);
        create(north, "Noord: een buurtbus", List.of(theme, "vervoer"), true);
        create(north, "Noord: afgelopen gesprek", List.of("wonen"), false);
        create(south, "Zuid: de buurtbus ook hier", List.of(theme.toUpperCase()), false);
    }

    @Test
    void listsProcessesGroupedUnderTheirCollaboration() throws Exception {
        String page = home(get("/").param("samenwerkingsverband", north.collaboration().slug()));

        assertThat(page).contains(north.collaboration().name(), "Noord: een buurtbus", "Noord: afgelopen gesprek",
                        "2 trajecten gevonden.", "U kunt nu inbreng geven")
                .doesNotContain("Zuid: de buurtbus ook hier");
        int heading = page.indexOf("<h3 dir=\"auto\">" + north.collaboration().name() + "</h3>");
        assertThat(heading).isPositive().isLessThan(page.indexOf("Noord: een buurtbus"));
    }

    @Test
    void filtersByRegion() throws Exception {
        String page = home(get("/").param("regio", south.collaboration().region()));

        assertThat(page).contains("Zuid: de buurtbus ook hier").doesNotContain("Noord: een buurtbus");
    }

    @Test
    void filtersByThemeWhateverItsCase() throws Exception {
        String page = home(get("/").param("thema", theme));

        assertThat(page).contains("Noord: een buurtbus", "Zuid: de buurtbus ook hier", "2 trajecten gevonden.")
                .doesNotContain("Noord: afgelopen gesprek");
        assertThat(page).containsPattern("(?i)<option value=\"" + theme + "\" selected=\"selected\"");
    }

    @Test
    void filtersOnProcessesOpenForInputAndCombinesFilters() throws Exception {
        String open = home(get("/").param("samenwerkingsverband", north.collaboration().slug()).param("open", "ja"));
        assertThat(open).contains("Noord: een buurtbus", "1 traject gevonden.").doesNotContain("Noord: afgelopen gesprek");

        String combined = home(get("/").param("thema", theme).param("regio", north.collaboration().region()));
        assertThat(combined).contains("Noord: een buurtbus").doesNotContain("Zuid: de buurtbus ook hier");
    }

    @Test
    void saysSoWhenNothingMatchesAndOffersToShowAll() throws Exception {
        String page = home(get("/").param("thema", theme).param("open", "ja")
                .param("samenwerkingsverband", south.collaboration().slug()));

        assertThat(page).contains("Er is geen traject dat past bij uw keuze.", "Toon alle trajecten")
                .doesNotContain("buurtbus ook hier");
    }

    @Test
    void hostileFilterValuesAreShownEscapedAndNeverFail() throws Exception {
        for (String hostile : List.of("<script>alert(1)</script>", "' OR 1=1 --", "=HYPERLINK(\"x\")",
                "x".repeat(64 * 1024), "\u202Eevil")) {
            String page = home(get("/").param("thema", hostile).param("regio", hostile)
                    .param("samenwerkingsverband", hostile).param("open", hostile));
            assertThat(page).contains("Er is geen traject dat past bij uw keuze.")
                    .doesNotContain("<script>alert(1)</script>");
        }
        // Nothing left after cleaning is no filter at all.
        assertThat(home(get("/").param("thema", "\u0000"))).contains("Noord: een buurtbus");
    }

    @Test
    void needsAFewQueriesWhateverTheNumberOfProcesses() throws Exception {
        for (int i = 0; i < 20; i++) {
            create(north, "Nog een traject " + i, List.of(theme), i % 2 == 0);
        }

        long queries = PageQueries.fewest(mvc, () -> get("/").param("thema", theme));

        assertThat(queries).isLessThanOrEqualTo(5);
    }

    private void create(World world, String title, List<String> themes, boolean open) {
        LocalDate today = today();
        Phase phase = open ? new Phase("Ideeën ophalen", today.minusDays(3), today.plusDays(20))
                : new Phase("Gesprekken", today.minusDays(60), today.minusDays(30));
        processes.create(world.collaboration().id(), new ProcessDraft(title, "Waar het over gaat.", themes,
                List.of(), "", ParticipationLevel.CONSULTING, new InfluencePromise("", "", "", ""), 14, "",
                List.of(phase)), "test");
    }

    private String home(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
