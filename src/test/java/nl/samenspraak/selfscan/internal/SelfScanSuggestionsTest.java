package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.knowledge.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weakest themes lead to the knowledge base. Needs the real knowledge base, which puts a
 * theme's own page first among its suggestions (built on another branch).
 */
class SelfScanSuggestionsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired JdbcClient jdbc;

    @Test
    void theWeakestThemeLinksToItsPageInTheKnowledgeBase() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        ScanWorld scans = new ScanWorld(rounds, responses, jdbc);
        ScanRound round = scans.anOpenRound(world, "Voorjaar");
        scans.respond(round, RespondentGroup.RESIDENT, 5, 4, Map.of(Theme.FEED_BACK, 1));
        scans.respond(round, RespondentGroup.PROFESSIONAL, 5, 4, Map.of(Theme.FEED_BACK, 2));

        String page = mvc.perform(get("/beheer/{s}/zelfscan/{r}", world.collaboration().slug(), round.id().value())
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();

        String weakSection = page.substring(page.indexOf("Waar kunt u het eerst aan werken?"));
        assertThat(weakSection).contains("Laten weten wat er met inbreng gebeurt", "Gemiddeld 1,5",
                "href=\"/kennisbank/thema/koppel-terug\"");
    }
}
