package nl.samenspraak.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** Rolled back afterwards, like DemoContentTest, so the shared test database keeps only test data. */
@Transactional
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class SelfScanAndTableDemoTest extends IntegrationTest {

    private static final String COORDINATOR = "coordinator@texel.example";
    /** A count in a table cell of "who is at the table": a bare number in its own span. */
    private static final Pattern COUNT = Pattern.compile("<span>(\\d+)</span>");

    @Autowired Collaborations collaborations;
    @Autowired JdbcClient jdbc;

    @Test
    void theOpenScanRoundShowsWhereResidentsDifferAndWhatChangedSinceTheEarlierRound() throws Exception {
        UUID texel = collaborations.findBySlug("texel").orElseThrow().id();
        List<UUID> rounds = jdbc.sql("SELECT id FROM scan_round WHERE collaboration_id = :c ORDER BY seq")
                .param("c", texel).query(UUID.class).list();
        assertThat(rounds).hasSize(2);
        String earlierTitle = jdbc.sql("SELECT title FROM scan_round WHERE id = :r").param("r", rounds.getFirst())
                .query(String.class).single();

        String page = page("/beheer/texel/zelfscan/" + rounds.getLast());

        assertThat(page).contains("Inwoners zijn minder positief dan professionals over “Laten weten wat er met inbreng gebeurt”")
                .contains("Inwoners zijn minder positief dan professionals over “Macht eerlijk verdelen”")
                .contains("Vergelijking met eerdere rondes")
                .contains(earlierTitle)
                .doesNotContain("Dit is de eerste ronde")
                .doesNotContain("minder dan 5 reacties");
        assertThat(page).as("a theme that improved since the earlier round").containsPattern(">\\+0,[1-9]<");
    }

    @Test
    void theEarlierRoundIsClosedAYearAgoAndTheOpenRoundStartedWeeksAgo() {
        for (String slug : List.of("texel", "heerenveen", "mijnstreek")) {
            UUID c = collaborations.findBySlug(slug).orElseThrow().id();
            List<Boolean> closed = jdbc.sql("SELECT closed_at IS NOT NULL AND closed_at < now() - interval '300 days'"
                            + " FROM scan_round WHERE collaboration_id = :c ORDER BY seq")
                    .param("c", c).query(Boolean.class).list();
            assertThat(closed).as(slug).containsExactly(true, false);
            Integer fewest = jdbc.sql("SELECT min(n) FROM (SELECT count(*) AS n FROM scan_response"
                            + " WHERE collaboration_id = :c GROUP BY round_id, respondent_group) x")
                    .param("c", c).query(Integer.class).single();
            assertThat(fewest).as(slug).isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void aRoundWithThreeResidentAnswersSaysThereAreTooFewToShow() throws Exception {
        UUID c = collaborations.findBySlug("oegstgeest").orElseThrow().id();
        UUID round = jdbc.sql("SELECT id FROM scan_round WHERE collaboration_id = :c").param("c", c)
                .query(UUID.class).single();

        String page = page("/beheer/oegstgeest/zelfscan/" + round, "coordinator@oegstgeest.example");

        assertThat(page).contains("Van inwoners zijn er minder dan 5 reacties");
    }

    @Test
    void whoIsAtTheTableNamesMissingAndUnderRepresentedGroupsWithoutCountsBelowTen() throws Exception {
        String page = page("/beheer/texel/wie-doet-mee?scope=pool");

        assertThat(page).contains("Texel")
                .contains("Deze groepen doen veel minder mee dan u zou verwachten:")
                .contains("<li>25 tot en met 44 jaar</li>")
                .contains("<li>Laag: wij kunnen moeilijk rondkomen</li>")
                .contains("Deze groepen doen helemaal niet mee:")
                .contains("<li>16 tot en met 24 jaar</li>")
                .contains("Welzijn op Texel")
                .contains("minder dan 10");
        Matcher counts = COUNT.matcher(page);
        int shown = 0;
        while (counts.find()) {
            int count = Integer.parseInt(counts.group(1));
            assertThat(count == 0 || count >= 10).as("shown count %d", count).isTrue();
            shown += count >= 10 ? 1 : 0;
        }
        assertThat(shown).as("counts of 10 or more that are shown").isGreaterThan(10);
    }

    private String page(String path) throws Exception {
        return page(path, COORDINATOR);
    }

    private String page(String path, String email) throws Exception {
        var result = mvc.perform(get(path).with(as(email)).header("Accept-Language", "nl")).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
