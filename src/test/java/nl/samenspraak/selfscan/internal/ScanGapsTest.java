package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.ScanGaps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The gap per round, as the monitoring module reads it: the results page's own rules. */
class ScanGapsTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired JdbcClient jdbc;
    @Autowired ScanGaps gaps;

    @Test
    void countsThemesWithAMeaningfulGapAmongThemesBothGroupsCouldAnswerAndNothingForTooFewRespondents() {
        var world = fixtures.aCollaborationWithStaff();
        var other = fixtures.aCollaborationWithStaff();
        ScanWorld scans = new ScanWorld(rounds, responses, jdbc);
        ScanRound spring = scans.anOpenRound(world, "Voorjaar");
        scans.respond(spring, RespondentGroup.RESIDENT, 5, 4, Map.of(Theme.FEED_BACK, 2, Theme.QUICK_WINS, 5));
        scans.respond(spring, RespondentGroup.PROFESSIONAL, 6, 4, Map.of(Theme.QUICK_WINS, 4));
        ScanRound autumn = scans.anOpenRound(world, "Najaar");
        // Four residents: below the minimum of five, so no theme can be compared.
        scans.respond(autumn, RespondentGroup.RESIDENT, 4, 1, Map.of());
        scans.respond(autumn, RespondentGroup.PROFESSIONAL, 6, 5, Map.of());
        scans.respond(scans.anOpenRound(other, "Elders"), RespondentGroup.RESIDENT, 5, 1, Map.of());

        List<ScanGaps.RoundGap> list = gaps.ofCollaboration(CollaborationId.of(world.collaboration().id()),
                today().minusDays(1), today());

        assertThat(list).extracting(ScanGaps.RoundGap::round).containsExactly(spring.id(), autumn.id());
        int themes = (int) rounds.statementsOf(spring).stream().map(Statement::theme).filter(java.util.Objects::nonNull).distinct().count();
        assertThat(list.get(0).compared()).isEqualTo(themes);
        assertThat(list.get(0).gaps()).isEqualTo(2); // feedback 2 against 4, quick wins 5 against 4
        assertThat(list.get(1).compared()).isZero();
        assertThat(list.get(1).gaps()).isZero();
        assertThat(gaps.ofCollaboration(CollaborationId.of(world.collaboration().id()), today().plusDays(1),
                today().plusDays(2))).isEmpty();
    }
}
