package nl.samenspraak.knowledge.internal;

import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.knowledge.KnowledgeSuggestion;
import nl.samenspraak.knowledge.Theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real content the platform ships with, as a coordinator finds it after the first start. */
class SeedContentTest extends KnowledgeTest {

    @Autowired KnowledgeItems items;
    @Autowired KnowledgeSearch search;
    @Autowired KnowledgeBase knowledgeBase;

    private List<String> real(ItemType type) {
        return items.ofType(type).stream().map(Item::key).filter(k -> !k.startsWith("test-")).toList();
    }

    @Test
    void shipsEveryThemeTheLadderAndTheMethodsAndExamplesTheResearchNames() {
        assertThat(real(ItemType.THEME)).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Theme.values()).map(Theme::key).toList());
        assertThat(real(ItemType.LADDER)).containsExactly(
                "INFORMING", "CONSULTING", "ADVISING", "DELEGATING", "COOPERATING", "FACILITATING");
        assertThat(real(ItemType.METHOD)).hasSizeGreaterThanOrEqualTo(20).contains("abcd", "deep-democracy",
                "participatief-actieonderzoek", "pdca", "fotostem", "quickscan", "clientenpanel", "verhalentafels",
                "klantreizen", "focusgroepen", "optrommelen", "inspiratiemarkt", "dialoogsessies", "praktijklabs",
                "burgerraad", "ripple-effects-mapping");
        assertThat(real(ItemType.EXAMPLE)).hasSizeGreaterThanOrEqualTo(14);
        for (Item method : items.ofType(ItemType.METHOD).stream().filter(m -> !m.key().startsWith("test-")).toList()) {
            assertThat(method.targetGroups()).as(method.key() + " target groups").isNotEmpty();
            assertThat(method.levels()).as(method.key() + " levels").isNotEmpty();
            assertThat(method.themes()).as(method.key() + " handvatten").isNotEmpty();
            assertThat(method.effort()).as(method.key() + " effort").isNotBlank();
            assertThat(method.groupSize()).as(method.key() + " group size").isNotBlank();
            assertThat(method.sources()).as(method.key() + " source").isNotEmpty();
        }
    }

    @Test
    void dutchSearchFindsOtherFormsOfTheWordsInTheRealContent() {
        assertThat(hits("participeren")).isNotEmpty();
        assertThat(hits("inwoners")).containsAll(hits("inwoner"));
        assertThat(hits("optromelen")).contains("optrommelen");
        assertThat(search.search(new SearchQuery("door to door", null, null, null, null, 0), true).hits()).isNotEmpty();
    }

    @Test
    void everyPageNamesItsSourcePublication() throws Exception {
        String page = mvc.perform(get("/kennisbank/werkvormen/abcd")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Aan de slag met burgerparticipatie");
        String theme = mvc.perform(get("/kennisbank/thema/koppel-terug")).andReturn().getResponse().getContentAsString();
        assertThat(theme).contains("Participatiekompas");
    }

    @Test
    void aWeakThemeGetsItsOwnPageFirstThenMethodsThatServeIt() {
        List<KnowledgeSuggestion> suggestions = knowledgeBase.suggestionsFor(Theme.FEED_BACK, Locale.of("nl"), 5);
        assertThat(suggestions.getFirst().path()).isEqualTo("/kennisbank/thema/koppel-terug");
        assertThat(suggestions).extracting(KnowledgeSuggestion::type).contains("method");
    }

    private List<String> hits(String text) {
        return search.search(new SearchQuery(text, null, null, null, null, 0), false).hits().stream()
                .map(KnowledgeSearch.Hit::key).toList();
    }
}
