package nl.samenspraak.anchoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.Standing;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The anchoring monitor with only the modules it uses, against its own embedded PostgreSQL: structural money
 * recorded through the use case makes the financial strategy in place, and its end within a year makes it partly.
 */
// Closed after this class, so its own PostgreSQL does not run beside the whole-app tests.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class AnchoringModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired EvidenceBook book;
    @Autowired Anchoring anchoring;

    @Test
    void structuralMoneyAnchorsTheFinancesUntilItsEndComesWithinAYear() {
        String slug = "verankering-" + UUID.randomUUID().toString().substring(0, 8);
        UUID collaboration = collaborations.create(slug, "Samen " + slug, "Texel", "", List.of(), List.of(), "test").id();
        LocalDate today = LocalDate.of(2026, 6, 1);
        UUID funding = book.add(collaboration, new Evidences.NewEvidence(EvidenceKind.FUNDING, "Zorgbudget", today.minusYears(2),
                null, null, null, "Gemeente", 4_000_000L, FundingKind.STRUCTURAL, null, null, null), "test");

        var before = anchoring.overview(CollaborationId.of(collaboration), today, Locale.forLanguageTag("nl"));
        assertThat(before.of(Strategy.FINANCIAL).standing()).isEqualTo(Standing.IN_PLACE);

        assertThat(book.end(collaboration, funding, today.plusMonths(5), "test")).isTrue();
        var after = anchoring.overview(CollaborationId.of(collaboration), today, Locale.forLanguageTag("nl"));
        assertThat(after.of(Strategy.FINANCIAL).standing()).isEqualTo(Standing.PARTLY);
        assertThat(after.of(Strategy.FINANCIAL).runningOut()).singleElement()
                .satisfies(r -> assertThat(r.endsOn()).isEqualTo(today.plusMonths(5)));
    }
}
