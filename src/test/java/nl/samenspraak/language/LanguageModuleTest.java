package nl.samenspraak.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The language module on its own: another module asks the checker about a text and gets a verdict it can show. */
// Closed after this class, as the other module tests: its own PostgreSQL and jobs would otherwise keep running.
@DirtiesContext
// The checker itself needs no platform bean yet; the platform is included for the database the app always starts.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class LanguageModuleTest {

    @Autowired PlainLanguage plainLanguage;

    @Test
    void aCoordinatorsTextGetsALevelScoresAndFindingsWithTheirPlace() {
        String text = "Uw aanvraag wordt door de gemeente beoordeeld. Het maken van een afspraak is niet nodig.";

        TextCheck check = plainLanguage.check(text, Locale.forLanguageTag("nl"));

        assertThat(check.language()).isEqualTo("nl");
        assertThat(check.score()).containsKeys("lint", "fleschDouma", "leesindexA");
        assertThat(check.findings()).extracting(Finding::kind)
                .contains(FindingKind.PASSIVE, FindingKind.NOMINALISATION);
        for (Finding finding : check.findings()) {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
        }
        assertThat(plainLanguage.check("Save your answer.", Locale.ENGLISH).score()).containsOnlyKeys("flesch");
        assertThatThrownBy(() -> plainLanguage.check("a".repeat(PlainLanguage.MAX_CHARACTERS + 1), Locale.ENGLISH))
                .isInstanceOf(PlainLanguage.TextTooLongException.class);
    }
}
