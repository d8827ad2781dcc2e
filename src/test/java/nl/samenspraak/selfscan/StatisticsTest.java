package nl.samenspraak.selfscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.RoundResults.ThemeResult;
import nl.samenspraak.selfscan.Statistics.GroupResult;
import org.junit.jupiter.api.Test;

/** The rules behind the numbers on the results page, without a database. */
class StatisticsTest {

    /** When the test objects were made: a fixed instant, not the machine's clock. */
    private static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void summarizesMeanPopulationStandardDeviationAndRange() {
        var summary = Statistics.summarize(List.of(2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0));
        assertThat(summary.respondents()).isEqualTo(8);
        assertThat(summary.mean()).isEqualTo(5.0);
        assertThat(summary.standardDeviation()).isCloseTo(2.0, within(1e-9));
        assertThat(summary.min()).isEqualTo(2.0);
        assertThat(summary.max()).isEqualTo(9.0);
    }

    @Test
    void everyoneAgreeingHasNoSpread() {
        assertThat(Statistics.summarize(List.of(3.5, 3.5, 3.5, 3.5, 3.5)).standardDeviation()).isZero();
    }

    @Test
    void hidesAGroupBelowFiveRespondentsButKeepsItsCount() {
        GroupResult four = Statistics.group(List.of(1.0, 2.0, 3.0, 4.0), 2);
        assertThat(four.shown()).isFalse();
        assertThat(four.mean()).isNull();
        assertThat(four.respondents()).isEqualTo(4);

        GroupResult five = Statistics.group(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0);
        assertThat(five.shown()).isTrue();
        assertThat(five.mean()).isEqualTo(3.0);
    }

    @Test
    void namesAGapOfThreeQuartersOfAPointOrMore() {
        assertThat(Statistics.gap(group(3.0), group(3.75))).isCloseTo(-0.75, within(1e-9));
        assertThat(Statistics.gap(group(4.5), group(3.5))).isCloseTo(1.0, within(1e-9));
        assertThat(Statistics.gap(group(3.0), group(3.7))).isNull();
    }

    @Test
    void namesNoGapWhenEitherGroupIsHidden() {
        GroupResult hidden = Statistics.group(List.of(1.0, 1.0, 1.0, 1.0), 0);
        assertThat(Statistics.gap(hidden, group(5.0))).isNull();
        assertThat(Statistics.gap(group(5.0), hidden)).isNull();
    }

    @Test
    void residentsLessPositiveWhenTheirMeanIsLower() {
        ThemeResult theme = new ThemeResult(Theme.FEED_BACK, group(2.0), group(4.0));
        assertThat(theme.residentsLessPositive()).isTrue();
        assertThat(new ThemeResult(Theme.FEED_BACK, group(4.0), group(2.0)).residentsLessPositive()).isFalse();
    }

    @Test
    void weakestThemesComeFromShownGroupsOnlyLowestFirst() {
        GroupResult hidden = Statistics.group(List.of(1.0), 0);
        RoundResults results = new RoundResults(round(), List.of(
                new ThemeResult(Theme.SHARED_VISION, group(4.0), group(4.0)),
                new ThemeResult(Theme.FEED_BACK, group(1.5), group(2.5)),
                new ThemeResult(Theme.QUICK_WINS, hidden, group(3.0)),
                new ThemeResult(Theme.KEY_PEOPLE, hidden, hidden)),
                Map.of(RespondentGroup.RESIDENT, 5, RespondentGroup.PROFESSIONAL, 5));

        assertThat(results.weakest(2)).extracting(ThemeResult::theme).containsExactly(Theme.FEED_BACK, Theme.QUICK_WINS);
        assertThat(results.themes().get(1).score()).isEqualTo(2.0);
        assertThat(results.gaps()).extracting(ThemeResult::theme).containsExactly(Theme.FEED_BACK);
    }

    @Test
    void tooFewCountsTheWholeRoundPerGroup() {
        RoundResults results = new RoundResults(round(), List.of(), Map.of(RespondentGroup.RESIDENT, 4));
        assertThat(results.tooFew(RespondentGroup.RESIDENT)).isTrue();
        assertThat(results.tooFew(RespondentGroup.PROFESSIONAL)).isTrue();
        assertThat(results.anyShown()).isFalse();
    }

    @Test
    void asksTwoStatementsForEachOfTheTwentyTwoThemesWithStableUniqueKeys() {
        List<Statement> statements = Statement.current();
        assertThat(Theme.values()).hasSize(22);
        assertThat(statements).hasSize(44);
        assertThat(statements).extracting(Statement::key).doesNotHaveDuplicates()
                .contains("koppel-terug-1", "financiele-duurzaamheid-2");
    }

    @Test
    void csvCellsDefuseFormulasAndQuoteSeparators() {
        assertThat(ResultsExport.cell("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(ResultsExport.cell("+31 6")).isEqualTo("'+31 6");
        assertThat(ResultsExport.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(ResultsExport.cell("gewoon")).isEqualTo("gewoon");
    }

    @Test
    void chartPlacesTheScaleFromOneToFive() {
        assertThat(ResultsChart.x(1)).isEqualTo(ResultsChart.PLOT_LEFT);
        assertThat(ResultsChart.x(5)).isEqualTo(ResultsChart.PLOT_RIGHT);
        assertThat(ResultsChart.x(3)).isEqualTo((ResultsChart.PLOT_LEFT + ResultsChart.PLOT_RIGHT) / 2);
    }

    private static GroupResult group(double mean) {
        return Statistics.group(List.of(mean, mean, mean, mean, mean), 0);
    }

    private static ScanRound round() {
        return new ScanRound(UUID.randomUUID(), UUID.randomUUID(), "Ronde", "token", null, null, CREATED, 1);
    }
}
