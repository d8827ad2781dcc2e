package nl.samenspraak.anchoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.TestClock;
import nl.samenspraak.anchoring.Standing;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.knowledge.LessonsShared;
import org.junit.jupiter.api.Test;

/** The rules that decide each strategy's standing, on a fixed day. */
class AnchoringRulesTest {

    private final LocalDate today = TestClock.today();
    private final List<Evidence> evidence = new ArrayList<>();
    private final List<AnchoringRules.SeriesYear> series = new ArrayList<>();
    private final List<KeyHolding> holdings = new ArrayList<>();
    private LessonsShared lessons = new LessonsShared(0, 0);

    private AnchoringRules.Facts facts() {
        return new AnchoringRules.Facts(today, evidence, series, lessons, holdings);
    }

    private Evidence funding(FundingKind kind, LocalDate from, LocalDate until) {
        return new Evidence(UUID.randomUUID(), EvidenceKind.FUNDING, "Subsidie " + kind, from, until, null, null,
                "Gemeente", 1_000_000L, kind, null, null, null, null);
    }

    private Evidence policy(PolicyItem item, LocalDate from, LocalDate until) {
        return new Evidence(UUID.randomUUID(), EvidenceKind.POLICY_ITEM, "Besluit", from, until, item, null, null, null,
                null, null, null, null, null);
    }

    private Evidence legal(LegalForm form, LocalDate from) {
        return new Evidence(UUID.randomUUID(), EvidenceKind.LEGAL_FORM, "KvK", from, null, null, form, null, null, null,
                null, null, null, null);
    }

    private Evidence simple(EvidenceKind kind, LocalDate from, LocalDate until) {
        return new Evidence(UUID.randomUUID(), kind, "Iets", from, until, null, null, null, null, null,
                kind == EvidenceKind.TRAINING ? 12 : null, null, null, null);
    }

    @Test
    void nothingRecordedMakesEveryStrategyMissingAndTheFirstTheWeakest() {
        var outcomes = AnchoringRules.decide(facts());

        assertThat(outcomes).extracting(AnchoringRules.Outcome::standing).containsOnly(Standing.MISSING);
        assertThat(AnchoringRules.weakest(outcomes)).isEqualTo(Strategy.KEY_PERSONS);
    }

    @Test
    void onlyProjectMoneyIsPartlyAndItsEndWithinAYearRunsOut() {
        evidence.add(funding(FundingKind.PROJECT, today.minusYears(1), today.plusMonths(6)));

        var financial = AnchoringRules.financial(facts());

        assertThat(financial.standing()).isEqualTo(Standing.PARTLY);
        assertThat(financial.runningOut()).singleElement().satisfies(e -> assertThat(e.endsOn()).isEqualTo(today.plusMonths(6)));
        assertThat(financial.missing()).extracting(Line::key).containsExactly("anchoring.missing.structuralFunding");
    }

    @Test
    void structuralMoneyBeyondTwelveMonthsIsInPlaceButEndingWithinTwelveIsOnlyPartly() {
        evidence.add(funding(FundingKind.STRUCTURAL, today.minusYears(2), today.plusMonths(12).plusDays(1)));
        assertThat(AnchoringRules.financial(facts()).standing()).isEqualTo(Standing.IN_PLACE);
        assertThat(AnchoringRules.financial(facts()).runningOut()).isEmpty();

        evidence.clear();
        evidence.add(funding(FundingKind.STRUCTURAL, today.minusYears(2), today.plusMonths(12)));
        var financial = AnchoringRules.financial(facts());
        assertThat(financial.standing()).isEqualTo(Standing.PARTLY);
        assertThat(financial.runningOut()).hasSize(1);
    }

    @Test
    void fundingThatEndedOrHasNotStartedDoesNotCount() {
        evidence.add(funding(FundingKind.STRUCTURAL, today.minusYears(3), today.minusDays(1)));
        evidence.add(funding(FundingKind.STRUCTURAL, today.plusDays(1), null));

        assertThat(AnchoringRules.financial(facts()).standing()).isEqualTo(Standing.MISSING);
    }

    @Test
    void policyNeedsAllFourItemsAndNoneEnding() {
        for (PolicyItem item : List.of(PolicyItem.FIXED_AGENDA_ITEM, PolicyItem.RESIDENTS_ON_BOARD, PolicyItem.ADVISORY_BODY)) {
            evidence.add(policy(item, today.minusYears(1), null));
        }
        var three = AnchoringRules.policy(facts());
        assertThat(three.standing()).isEqualTo(Standing.PARTLY);
        assertThat(three.missing()).singleElement().satisfies(l ->
                assertThat(l.args()).containsExactly(new Line.Key("anchoring.policyItem.BOARD_COMMITMENT")));

        evidence.add(policy(PolicyItem.BOARD_COMMITMENT, today, null));
        assertThat(AnchoringRules.policy(facts()).standing()).isEqualTo(Standing.IN_PLACE);

        evidence.add(policy(PolicyItem.BOARD_COMMITMENT, today.minusYears(2), today.plusMonths(3)));
        var ending = AnchoringRules.policy(facts());
        assertThat(ending.standing()).isEqualTo(Standing.PARTLY);
        assertThat(ending.runningOut()).extracting(AnchoringRules.Ending::endsOn).containsExactly(today.plusMonths(3));
    }

    @Test
    void aLegalFormCountsButNoneDoesNot() {
        evidence.add(legal(LegalForm.FOUNDATION, today.minusYears(4)));
        assertThat(AnchoringRules.legal(facts()).standing()).isEqualTo(Standing.IN_PLACE);

        // The latest recorded form counts: the foundation was dissolved.
        evidence.add(legal(LegalForm.NONE, today.minusMonths(1)));
        assertThat(AnchoringRules.legal(facts()).standing()).isEqualTo(Standing.MISSING);
    }

    @Test
    void keyPersonsNeedTwoAndNobodyLeavingWithinAYear() {
        evidence.add(simple(EvidenceKind.KEY_PERSON, today.minusYears(1), null));
        assertThat(AnchoringRules.keyPersons(facts()).standing()).isEqualTo(Standing.PARTLY);

        holdings.add(new KeyHolding("anchoring.roleKind.COORDINATOR", today.minusYears(2), null));
        assertThat(AnchoringRules.keyPersons(facts()).standing()).isEqualTo(Standing.IN_PLACE);

        holdings.add(new KeyHolding("anchoring.roleKind.KEY_PERSON", today.minusYears(2), today.plusMonths(11)));
        var leaving = AnchoringRules.keyPersons(facts());
        assertThat(leaving.standing()).isEqualTo(Standing.PARTLY);
        assertThat(leaving.runningOut()).extracting(AnchoringRules.Ending::endsOn).containsExactly(today.plusMonths(11));
    }

    @Test
    void infrastructureNeedsOneSeriesAtThreeQuartersOfItsPlan() {
        series.add(new AnchoringRules.SeriesYear("Klankbordgroep", 12, 8));
        assertThat(AnchoringRules.infrastructure(facts()).standing()).isEqualTo(Standing.PARTLY);

        series.add(new AnchoringRules.SeriesYear("Dorpsraad", 4, 3));
        assertThat(AnchoringRules.infrastructure(facts()).standing()).isEqualTo(Standing.IN_PLACE);

        series.clear();
        series.add(new AnchoringRules.SeriesYear("Stilgevallen groep", 12, 0));
        assertThat(AnchoringRules.infrastructure(facts()).standing()).isEqualTo(Standing.MISSING);
    }

    @Test
    void knowledgeNeedsATrainingAndSharingInTheLastYear() {
        evidence.add(simple(EvidenceKind.TRAINING, today.minusMonths(12), null)); // exactly a year ago: too old
        assertThat(AnchoringRules.knowledge(facts()).standing()).isEqualTo(Standing.MISSING);

        evidence.add(simple(EvidenceKind.TRAINING, today.minusMonths(2), null));
        assertThat(AnchoringRules.knowledge(facts()).standing()).isEqualTo(Standing.PARTLY);

        lessons = new LessonsShared(3, 1);
        assertThat(AnchoringRules.knowledge(facts()).standing()).isEqualTo(Standing.IN_PLACE);
    }

    @Test
    void theWeakestIsTheWorstStandingFirstInOrderOnATie() {
        evidence.add(simple(EvidenceKind.KEY_PERSON, today.minusYears(1), null));
        evidence.add(simple(EvidenceKind.KEY_PERSON, today.minusYears(1), null));
        series.add(new AnchoringRules.SeriesYear("Dorpsraad", 4, 4));
        evidence.add(simple(EvidenceKind.TRAINING, today.minusMonths(1), null));

        assertThat(AnchoringRules.weakest(AnchoringRules.decide(facts()))).isEqualTo(Strategy.POLICY);
    }
}
