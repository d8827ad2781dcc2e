package nl.samenspraak.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The knowledge module with only the modules it uses, against its own embedded PostgreSQL:
 * the seed loads at start and another module's question is answered through {@link KnowledgeBase}.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class KnowledgeModuleTest {

    @Autowired KnowledgeBase knowledgeBase;

    @Test
    void suggestsTheThemePageFirstAndThenMethodsThatServeIt() {
        List<KnowledgeSuggestion> suggestions = knowledgeBase.suggestionsFor(Theme.FEED_BACK, Locale.forLanguageTag("nl"), 5);

        assertThat(suggestions).hasSizeGreaterThan(1);
        assertThat(suggestions.getFirst().type()).isEqualTo("theme");
        assertThat(suggestions.getFirst().path()).isEqualTo("/kennisbank/thema/koppel-terug");
        assertThat(suggestions.subList(1, suggestions.size())).extracting(KnowledgeSuggestion::type).contains("method");
    }
}
