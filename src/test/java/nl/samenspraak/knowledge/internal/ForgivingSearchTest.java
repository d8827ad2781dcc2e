package nl.samenspraak.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Search that forgives: all words, else corrected words, else any word (and the page says so);
 * plain synonyms from a data file; typos never become stop words; every example printed on the
 * page finds something, on the real seed the app loaded at start.
 */
class ForgivingSearchTest extends KnowledgeTest {

    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final Pattern EXAMPLES = Pattern.compile("<p class=\"search-examples\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");

    @Autowired KnowledgeSearch search;
    @Autowired KnowledgeWords words;
    @Autowired KnowledgeSynonyms synonyms;
    @Autowired MessageSource messages;

    private KnowledgeSearch.Result find(String text, boolean en) {
        return search.search(new SearchQuery(text, null, null, null, null, 0), en);
    }

    @Test
    void theIssuesOwnExampleEenzaamheidOuderenFindsResults() {
        assertThat(find("eenzaamheid ouderen", false).total()).isPositive();
    }

    @Test
    void everyExampleSearchPrintedOnThePageFindsResults() throws Exception {
        for (String lang : List.of("nl", "en")) {
            String page = page("/kennisbank", lang);
            Matcher block = EXAMPLES.matcher(page);
            assertThat(block.find()).as(lang).isTrue();
            Matcher link = LINK.matcher(block.group(1));
            List<String> examples = new ArrayList<>();
            while (link.find()) {
                String example = HtmlUtils.htmlUnescape(link.group(2));
                examples.add(example);
                // Following the printed link shows results, not "we found nothing".
                String results = page(HtmlUtils.htmlUnescape(link.group(1)), lang);
                assertThat(results).as(lang + ": " + example)
                        .doesNotContain(message("knowledge.search.none", lang))
                        .contains(message("knowledge.search.resultsHeading", lang));
                assertThat(find(example, lang.equals("en")).total()).as(lang + ": " + example).isPositive();
            }
            assertThat(examples).as(lang).hasSizeGreaterThanOrEqualTo(3);
            if (lang.equals("nl")) {
                assertThat(examples).contains("eenzaamheid ouderen");
            }
        }
    }

    @Test
    void everyWordTheSearchHintOffersAsAnExampleFindsResults() {
        for (String lang : List.of("nl", "en")) {
            String hint = message("knowledge.search.qHint", lang);
            int colon = hint.indexOf(':');
            if (colon < 0) {
                continue;
            }
            for (String example : hint.substring(colon + 1).replaceAll("[.]$", "").split(",| of | or ")) {
                assertThat(find(example.strip(), lang.equals("en")).total()).as(lang + ": " + example).isPositive();
            }
        }
    }

    @Test
    void whenNoItemHasAllWordsAnyWordWillDoAndThePageSaysSo() throws Exception {
        KnowledgeSearch.Result result = find("wadloperraad klompendorp", false);
        assertThat(result.anyWord()).isTrue();
        assertThat(result.hits()).extracting(KnowledgeSearch.Hit::key)
                .contains("test-wadloperraad", "test-voorbeeld-klompendorp");
        assertThat(page("/kennisbank?q=wadloperraad+klompendorp", "nl"))
                .contains(message("knowledge.search.anyWord", "nl"));
        // With all words found, nothing is said.
        KnowledgeSearch.Result all = find("klompenpraat keukentafel", false);
        assertThat(all.anyWord()).isFalse();
        assertThat(page("/kennisbank?q=klompenpraat", "nl")).doesNotContain(message("knowledge.search.anyWord", "nl"));
    }

    @Test
    void plainSynonymsFindTheOtherWordsOfTheirGroup() {
        assertThat(synonyms.groups()).isGreaterThanOrEqualTo(40);
        assertThat(synonyms.of("eenzaam")).contains("eenzaamheid", "alleen");
        assertThat(synonyms.of("eenzaamheid")).contains("eenzaam", "alleen");
        assertThat(synonyms.of("ouderen")).contains("senioren", "ouder");
        assertThat(synonyms.of("senioren")).contains("ouderen");
        assertThat(synonyms.of("mantelzorger")).contains("mantelzorg");
        // The seed says "ouderen", not "bejaarden"; a search for the older word still finds it, uncorrected.
        KnowledgeSearch.Result result = find("bejaarden", false);
        assertThat(result.total()).isPositive();
        assertThat(result.corrections()).isEmpty();
        assertThat(result.anyWord()).isFalse();
    }

    @Test
    void aTypoIsNeverCorrectedIntoAStopWord() {
        // "omdat" and "alles" are in the vocabulary (they occur in the texts), but the Dutch search leaves them out.
        assertThat(words.stopWord("omdat")).isTrue();
        assertThat(words.stopWord("alles")).isTrue();
        assertThat(words.stopWord("ouderen")).isFalse();
        assertThat(words.stopWord("alleen")).isFalse();
        for (String typo : List.of("omdatt", "allees", "zondder", "iemandd", "andree", "wordtt", "hebbben")) {
            words.nearest(typo).ifPresent(n -> assertThat(words.stopWord(n)).as(typo + " -> " + n).isFalse());
        }
        // A stop word that was typed is a real word and stays as it is.
        assertThat(words.nearest("omdat")).isEmpty();
        // A word the synonym list knows is real: it is searched by its group, not corrected.
        assertThat(find("vereenzaming ouderen", false).corrections()).isEmpty();
    }

    @Test
    void hostileTextStillNeverBreaksTheFallback() throws Exception {
        for (String hostile : List.of("<script>alert(1)</script> ouderen", "=cmd|' /C calc'!A0 eenzaam",
                "\u202eouderen\u202c klompendorp", "ouderen " + "x".repeat(150))) {
            var response = mvc.perform(get("/kennisbank").param("q", hostile)).andReturn().getResponse();
            assertThat(response.getStatus()).as(hostile).isEqualTo(200);
            assertThat(response.getContentAsString()).doesNotContain("<script>alert");
        }
    }

    private String page(String path, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang)).andReturn().getResponse().getContentAsString();
    }

    private String message(String key, String lang) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, lang.equals("en") ? Locale.ENGLISH : NL));
    }
}
