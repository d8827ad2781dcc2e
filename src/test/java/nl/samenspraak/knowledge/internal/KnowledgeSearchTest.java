package nl.samenspraak.knowledge.internal;

import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.knowledge.KnowledgeSuggestion;
import nl.samenspraak.knowledge.Theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

class KnowledgeSearchTest extends KnowledgeTest {

    @Autowired KnowledgeSearch search;
    @Autowired KnowledgeBase knowledgeBase;

    private List<String> keys(String text, boolean en) {
        return search.search(new SearchQuery(text, null, null, null, null, 0), en).hits().stream()
                .map(KnowledgeSearch.Hit::key).toList();
    }

    @Test
    void dutchStemmingFindsOtherFormsOfAWord() {
        // The item says "inwoner" only; "participatie" only.
        assertThat(keys("wadloperraad inwoners", false)).contains("test-wadloperraad");
        assertThat(keys("participeren klompenpraat", false)).contains("test-klompenpraat");
        assertThat(keys("klompenmakers", false)).contains("test-klompenpraat");
    }

    @Test
    void aTypoIsCorrectedToAKnownWordAndSaidSo() {
        KnowledgeSearch.Result result = search.search(new SearchQuery("klopmenmaker", null, null, null, null, 0), false);
        assertThat(result.hits()).extracting(KnowledgeSearch.Hit::key).contains("test-klompenpraat");
        assertThat(result.corrections()).containsEntry("klopmenmaker", "klompenmaker");
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheText() {
        List<String> keys = keys("klompenpraat", false);
        assertThat(keys).contains("test-klompenpraat", "test-wadloperraad");
        assertThat(keys.indexOf("test-klompenpraat")).isLessThan(keys.indexOf("test-wadloperraad"));
    }

    @Test
    void eachHitShowsWhereAndWhichWordsMatched() {
        var hits = search.search(new SearchQuery("klompenpraat", null, null, null, null, 0), false).hits();
        var title = hits.stream().filter(h -> h.key().equals("test-klompenpraat")).findFirst().orElseThrow();
        assertThat(title.matchedIn()).contains("title");
        assertThat(title.markedTitle()).contains(new KnowledgeSearch.Segment("Klompenpraat", true));
        var body = hits.stream().filter(h -> h.key().equals("test-wadloperraad")).findFirst().orElseThrow();
        assertThat(body.matchedIn()).containsExactly("text");
        assertThat(body.snippet()).anyMatch(s -> s.marked() && s.text().equals("klompenpraat"));
    }

    @Test
    void filtersNarrowByTypeTargetGroupLevelAndTheme() {
        assertThat(filtered(null, "mantelzorgers", null, null)).containsExactly("test-wadloperraad");
        assertThat(filtered(null, null, "CONSULTING", null)).containsExactly("test-klompenpraat");
        assertThat(filtered(null, null, null, "koppel-terug")).containsExactly("test-wadloperraad");
        assertThat(filtered(ItemType.EXAMPLE, null, null, null)).containsExactly("test-voorbeeld-klompendorp");
        // Filters alone, without words, list what fits.
        assertThat(search.search(new SearchQuery("", null, "test-klompendragers", null, null, 0), false).hits())
                .extracting(KnowledgeSearch.Hit::key).containsExactly("test-klompenpraat");
    }

    private List<String> filtered(ItemType type, String group, String level, String theme) {
        return search.search(new SearchQuery("klompenpraat", type, group, level, theme, 0), false).hits().stream()
                .map(KnowledgeSearch.Hit::key).toList();
    }

    @Test
    void englishSearchUsesTheEnglishTextsAndStemmer() throws Exception {
        assertThat(keys("clog chat", true)).first().isEqualTo("test-klompenpraat");
        assertThat(keys("participating clogs", true)).contains("test-klompenpraat");
        String page = mvc.perform(get("/kennisbank").param("q", "clog").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark>Clog</mark> chat at the kitchen table").contains("Found in:");
    }

    @Test
    void searchPageWorksAsAPlainGetFormAndMarksTheWords() throws Exception {
        String page = mvc.perform(get("/kennisbank").param("q", "klompenpraat").param("doelgroep", "ouderen")
                .param("lang", "nl")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark>Klompenpraat</mark>").contains("Gevonden in:")
                .contains("href=\"/kennisbank/werkvormen/test-klompenpraat\"")
                .doesNotContain("test-wadloperraad");
    }

    @Test
    void hostileSearchTextNeverBreaksTheSearch() throws Exception {
        for (String hostile : List.of("'); DROP TABLE knowledge_item; --", "a & | ! :* <-> (", "\"unclosed", "- OR -",
                "participatie:* & !", "<script>alert(1)</script>", "\u0000\u0007klompen\u202e", "%_\\", "   ",
                "\uE000klompenpraat\uE001", "x".repeat(200))) {
            MockHttpServletResponse response = mvc.perform(get("/kennisbank").param("q", hostile)).andReturn().getResponse();
            assertThat(response.getStatus()).as(hostile).isEqualTo(200);
            assertThat(response.getContentAsString()).doesNotContain("<script>alert");
        }
        MockHttpServletResponse tooLong = mvc.perform(get("/kennisbank").param("q", "klompen ".repeat(8000))
                .param("lang", "nl")).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("Uw zoekvraag is te lang").contains("aria-invalid=\"true\"");
        assertThat(mvc.perform(get("/kennisbank").param("soort", "'; --").param("niveau", "X").param("thema", "<b>")
                .param("pagina", "-99999999999")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void itemPagesNameTheirSourceAndLinkToEachOther() throws Exception {
        String method = mvc.perform(get("/kennisbank/werkvormen/test-klompenpraat").param("lang", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(method).contains("Klompenpraat aan de keukentafel").contains("T. Tester (2024). Testbron over klompen")
                .contains("/kennisbank/voorbeelden/test-voorbeeld-klompendorp").contains("/kennisbank/ladder/CONSULTING")
                .contains("Weinig werk");
        String theme = mvc.perform(get("/kennisbank/thema/gezamenlijke-visie")).andReturn().getResponse().getContentAsString();
        assertThat(theme).contains("/kennisbank/werkvormen/test-klompenpraat").contains("<h2>Bron</h2>");
        assertThat(mvc.perform(get("/kennisbank/ladder/CONSULTING")).andReturn().getResponse().getContentAsString())
                .contains("/kennisbank/werkvormen/test-klompenpraat");
        assertThat(mvc.perform(get("/kennisbank/werkvormen/bestaat-niet")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/kennisbank/lessen/geen-uuid")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/kennisbank")).andReturn().getResponse().getContentAsString())
                .contains("/kennisbank/werkvormen/test-klompenpraat").contains("De 11 handvatten");
    }

    @Test
    void suggestionsForAThemeStartWithTheThemeThenMethodsThenExamples() {
        List<KnowledgeSuggestion> suggestions = knowledgeBase.suggestionsFor(Theme.SHARED_VISION, Locale.forLanguageTag("nl"), 500);
        assertThat(suggestions.getFirst().path()).isEqualTo("/kennisbank/thema/gezamenlijke-visie");
        assertThat(suggestions.getFirst().type()).isEqualTo("theme");
        List<String> types = suggestions.stream().skip(1).map(KnowledgeSuggestion::type).toList();
        assertThat(types).isSortedAccordingTo(java.util.Comparator.comparingInt(t -> List.of("method", "example", "lesson").indexOf(t)));
        assertThat(suggestions).extracting(KnowledgeSuggestion::path)
                .contains("/kennisbank/werkvormen/test-klompenpraat", "/kennisbank/voorbeelden/test-voorbeeld-klompendorp");
        assertThat(knowledgeBase.suggestionsFor(Theme.SHARED_VISION, Locale.ENGLISH, 1)).hasSize(1);
    }

    @Test
    void methodsForAProcessMatchTypedTargetGroupsAndTheLevel() {
        List<KnowledgeSuggestion> fits = knowledgeBase.methodsFor(List.of("Klompendragers in Oost"), "CONSULTING",
                Locale.forLanguageTag("nl"), 5);
        assertThat(fits.getFirst().path()).isEqualTo("/kennisbank/werkvormen/test-klompenpraat");
        assertThat(fits.getFirst().reason()).contains("klompendragers").contains("raadplegen");
        assertThat(knowledgeBase.methodsFor(List.of(), "", Locale.ENGLISH, 5)).isEmpty();
        assertThat(knowledgeBase.methodsFor(List.of("clog wearers"), null, Locale.ENGLISH, 5))
                .extracting(KnowledgeSuggestion::title).contains("Clog chat at the kitchen table");
    }
}
