package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.language.TextCheck;
import org.junit.jupiter.api.Test;

/** The checker on its own, with a few words of its own lists (test-language/nl/) so results do not drift. */
class PlainLanguageCheckerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Built once: LanguageTool's Dutch data takes seconds to load. */
    private static final PlainLanguageChecker CHECKER = new PlainLanguageChecker(new JargonList() {
        @Override
        Map<String, String> entries() {
            return Map.of("maatwerkvoorziening", "hulp die bij u past", "in het kader van", "bij");
        }
    }, Lexicon.withLists("test-language/nl/"));

    private static TextCheck dutch(String text) {
        TextCheck check = CHECKER.check(text, DUTCH);
        assertFindingsPointIntoTheText(text, check);
        return check;
    }

    private static void assertFindingsPointIntoTheText(String text, TextCheck check) {
        for (Finding finding : check.findings()) {
            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
        }
        assertThat(check.findings()).isSortedAccordingTo(Comparator.comparingInt(Finding::start));
    }

    private static List<Finding> of(TextCheck check, FindingKind kind) {
        return check.findings().stream().filter(f -> f.kind() == kind).toList();
    }

    private static void assertFinding(Finding finding, String text, String part) {
        assertThat(finding.text()).isEqualTo(part);
        assertThat(finding.start()).isEqualTo(text.indexOf(part));
        assertThat(finding.end()).isEqualTo(text.indexOf(part) + part.length());
    }

    @Test
    void aPlainTextIsAtB1WithAllScoresAndComponents() {
        String text = "Wij willen weten wat u vindt van het plein. Kom op dinsdag naar het buurthuis. "
                + "Daar drinken we koffie en praten we samen. U kunt ook bellen of een brief sturen. "
                + "Wij schrijven u binnen twee weken terug.";
        TextCheck check = dutch(text);

        assertThat(check.language()).isEqualTo("nl");
        assertThat(check.level()).isEqualTo(Level.B1);
        assertThat(check.sentences()).isEqualTo(5);
        assertThat(check.score()).containsOnlyKeys("lint", "fleschDouma", "leesindexA");
        assertThat(check.components()).containsOnlyKeys("wordFrequency", "dependencyLength", "contentWordsPerClause",
                "concreteNouns");
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void anOfficialTextIsWellAboveB1() {
        String text = "Teneinde de maatwerkvoorzieningen in het kader van de Wet maatschappelijke ondersteuning "
                + "doelmatiger te organiseren, worden belanghebbenden uitgenodigd hun zienswijze kenbaar te maken "
                + "middels het daartoe bestemde elektronische formulier. De beoordeling van de ingediende "
                + "zienswijzen geschiedt door het college, waarna de betrokkenen schriftelijk worden geïnformeerd.";
        TextCheck check = dutch(text);

        assertThat(check.level()).isEqualTo(Level.WELL_ABOVE_B1);
        assertThat(check.score().get("fleschDouma")).isLessThan(30);
    }

    @Test
    void marksASentenceOfMoreThanTwentyWordsAndSaysHowMany() {
        String twenty = "Wij willen nu graag weten wat u van het nieuwe plein vindt en wat u er zelf mee wilt doen.";
        String longer = "Wij willen nu graag weten wat u van het nieuwe plein vindt en wat u er zelf mee wilt gaan doen.";
        assertThat(of(dutch(twenty), FindingKind.LONG_SENTENCE)).isEmpty();

        String text = "Welkom. " + longer + " Dank u.";
        List<Finding> found = of(dutch(text), FindingKind.LONG_SENTENCE);
        assertThat(found).hasSize(1);
        assertFinding(found.getFirst(), text, longer);
        assertThat(found.getFirst().suggestion()).contains("21 woorden");
    }

    @Test
    void marksALongWordAndSuggestsSplittingIt() {
        String text = "U heeft een arbeidsongeschiktheidsverzekering.";
        List<Finding> found = of(dutch(text), FindingKind.LONG_WORD);
        assertThat(found).hasSize(1);
        assertFinding(found.getFirst(), text, "arbeidsongeschiktheidsverzekering");
        assertThat(found.getFirst().suggestion()).contains("twee delen");
    }

    @Test
    void marksARareWordButNotANameANumberOrAWordResidentsLearn() {
        String text = "Wij lezen het convenant van mevrouw Jansen op 12 mei. Uw volgcode staat op de brief.";
        List<Finding> found = of(dutch(text), FindingKind.RARE_WORD);
        assertThat(found).extracting(Finding::text).containsExactly("convenant");
        assertFinding(found.getFirst(), text, "convenant");
        assertThat(found.getFirst().suggestion()).isNotBlank();
    }

    @Test
    void aCompoundOfCommonWordsIsNotRare() {
        assertThat(of(dutch("De buurtkoffie is op dinsdag."), FindingKind.RARE_WORD)).isEmpty();
    }

    @Test
    void marksJargonCaseInsensitivelyAsWholeWordsWithItsAlternative() {
        String text = "In het kader van de zorg krijgt u een maatwerkvoorziening. Maatwerkvoorzieningen kosten geld.";
        List<Finding> found = of(dutch(text), FindingKind.JARGON);
        assertThat(found).extracting(Finding::text).containsExactly("In het kader van", "maatwerkvoorziening");
        assertFinding(found.get(0), text, "In het kader van");
        assertThat(found.get(0).suggestion()).contains("bij");
        assertFinding(found.get(1), text, "maatwerkvoorziening");
        assertThat(found.get(1).suggestion()).contains("hulp die bij u past");
    }

    @Test
    void marksPassiveVoiceFromAuxiliaryToParticiple() {
        String text = "De aanvraag wordt door de gemeente beoordeeld.";
        List<Finding> found = of(dutch(text), FindingKind.PASSIVE);
        assertThat(found).hasSize(1);
        assertFinding(found.getFirst(), text, "wordt door de gemeente beoordeeld");

        String subordinate = "Ik weet dat de aanvraag ingediend is.";
        assertThat(of(dutch(subordinate), FindingKind.PASSIVE)).extracting(Finding::text).containsExactly("ingediend is");
        assertThat(of(dutch("Er wordt gekeken naar uw vraag."), FindingKind.PASSIVE)).extracting(Finding::text)
                .containsExactly("wordt gekeken");
    }

    @Test
    void activeSentencesAndThePerfectWithZijnAreNotPassive() {
        assertThat(of(dutch("De gemeente beoordeelt de aanvraag."), FindingKind.PASSIVE)).isEmpty();
        assertThat(of(dutch("Hij is gisteren gekomen."), FindingKind.PASSIVE)).isEmpty();
    }

    @Test
    void marksNominalisationsAndNamesTheVerbWhereItCan() {
        String text = "Het maken van een afspraak kan online. Wij zorgen voor de uitvoering van het plan.";
        List<Finding> found = of(dutch(text), FindingKind.NOMINALISATION);
        assertThat(found).hasSize(2);
        assertFinding(found.get(0), text, "Het maken van");
        assertFinding(found.get(1), text, "de uitvoering van");
        assertThat(found.get(1).suggestion()).contains("uitvoeren");
    }

    @Test
    void marksAbstractNounsFromTheListAndItsSuffixes() {
        String text = "Het beleid gaat over uw gezondheid.";
        List<Finding> found = of(dutch(text), FindingKind.ABSTRACT_NOUN);
        assertThat(found).extracting(Finding::text).containsExactly("beleid", "gezondheid");
        assertFinding(found.get(1), text, "gezondheid");
    }

    @Test
    void marksEnglishWordsWithADutchAlternative() {
        String text = "Wij houden een meeting over uw feedback.";
        List<Finding> found = of(dutch(text), FindingKind.ENGLISH_WORD);
        assertThat(found).extracting(Finding::text).containsExactly("meeting", "feedback");
        assertFinding(found.getFirst(), text, "meeting");
        assertThat(found.getFirst().suggestion()).contains("bijeenkomst");
    }

    @Test
    void marksUnexplainedAbbreviationsWithTheirFullForm() {
        String text = "De GGD belt u i.v.m. de Wmo en de KNVB.";
        List<Finding> found = of(dutch(text), FindingKind.ABBREVIATION);
        assertThat(found).extracting(Finding::text).containsExactly("GGD", "i.v.m.", "Wmo", "KNVB");
        assertFinding(found.get(1), text, "i.v.m.");
        assertThat(found.get(0).suggestion()).contains("Gemeentelijke Gezondheidsdienst");
        assertThat(found.get(2).suggestion()).contains("Wet maatschappelijke ondersteuning");
        assertThat(found.get(3).suggestion()).isNotBlank();
    }

    @Test
    void anAbbreviationExplainedInBracketsIsNotMarked() {
        assertThat(of(dutch("De Gemeentelijke Gezondheidsdienst (GGD) belt u. De GGD komt ook langs."),
                FindingKind.ABBREVIATION)).isEmpty();
        assertThat(of(dutch("De Wmo (Wet maatschappelijke ondersteuning) helpt u."), FindingKind.ABBREVIATION)).isEmpty();
    }

    @Test
    void offsetsAreUtf16OffsetsIntoTheTextAsSentAlsoAfterEmojiAndRightToLeftText() {
        String emoji = "😀👍🏽 Het maken van een afspraak is niet nodig. 🎉";
        Finding nominalisation = of(dutch(emoji), FindingKind.NOMINALISATION).getFirst();
        assertFinding(nominalisation, emoji, "Het maken van");
        // Three emoji of two UTF-16 units each and a space come before "Het".
        assertThat(nominalisation.start()).isEqualTo(7);

        String rtl = "مرحبا بكم. שלום לכולם. De aanvraag wordt door de gemeente beoordeeld.";
        assertFinding(of(dutch(rtl), FindingKind.PASSIVE).getFirst(), rtl, "wordt door de gemeente beoordeeld");
    }

    @Test
    void aLineBreakEndsASentenceAndOffsetsCountIt() {
        String text = "Wat gaan we doen\r\n\nDe aanvraag wordt door de gemeente beoordeeld.\nKom langs";
        TextCheck check = dutch(text);
        assertThat(check.sentences()).isEqualTo(3);
        assertFinding(of(check, FindingKind.PASSIVE).getFirst(), text, "wordt door de gemeente beoordeeld");
    }

    @Test
    void htmlLikeTextIsCheckedAsPlainCharacters() {
        String text = "<script>alert('x')</script><b>Het maken van</b> een afspraak & \"meer\" =SUM(A1).";
        TextCheck check = dutch(text);
        assertFinding(of(check, FindingKind.NOMINALISATION).getFirst(), text, "Het maken van");
    }

    @Test
    void anEmptyOrBlankTextIsAtB1WithNothingToSay() {
        for (String text : List.of("", "   \n\t ", "…", "😀")) {
            TextCheck check = dutch(text);
            assertThat(check.level()).isEqualTo(Level.B1);
            assertThat(check.words()).isZero();
            assertThat(check.findings()).isEmpty();
        }
    }

    @Test
    void aShortLabelIsNotJudgedHarshly() {
        assertThat(dutch("Opslaan").level()).isEqualTo(Level.B1);
        assertThat(dutch("Uw volgcode").level()).isEqualTo(Level.B1);
        assertThat(dutch("Maak een afspraak met ons.").level()).isEqualTo(Level.B1);
        TextCheck oneHardWord = dutch("Maatwerkvoorziening aanvragen");
        assertThat(oneHardWord.level()).isEqualTo(Level.B1);
        assertThat(oneHardWord.findings()).extracting(Finding::kind).containsExactly(FindingKind.JARGON);
    }

    @Test
    void aTextOfTwentyThousandCharactersIsCheckedAndOneMoreIsRefused() {
        String sentence = "De aanvraag wordt door de gemeente beoordeeld en het maken van een afspraak is nodig. ";
        String text = sentence.repeat(PlainLanguage.MAX_CHARACTERS / sentence.length() + 1)
                .substring(0, PlainLanguage.MAX_CHARACTERS);
        TextCheck check = dutch(text);
        assertThat(check.words()).isGreaterThan(2_500);
        assertThat(of(check, FindingKind.PASSIVE)).hasSizeGreaterThan(200);

        assertThatThrownBy(() -> CHECKER.check(text + "x", DUTCH)).isInstanceOf(PlainLanguage.TextTooLongException.class);
        assertThatThrownBy(() -> CHECKER.check("a".repeat(64 * 1024), Locale.ENGLISH))
                .isInstanceOf(PlainLanguage.TextTooLongException.class);
    }

    @Test
    void englishGetsClassicFleschAndSentenceAndWordChecks() {
        String plain = "We want to know what you think. Come to the meeting on Tuesday. We will write back in two weeks.";
        TextCheck easy = CHECKER.check(plain, Locale.ENGLISH);
        assertThat(easy.language()).isEqualTo("en");
        assertThat(easy.score()).containsOnlyKeys("flesch");
        assertThat(easy.level()).isEqualTo(Level.B1);
        assertThat(easy.findings()).isEmpty();

        String hard = "The municipality will systematically reconsider the administrative requirements concerning "
                + "individualised provisions whenever the responsible authorities determine that circumstances "
                + "necessitate additional organisational considerations. Notwithstanding the aforementioned "
                + "regulations, beneficiaries' eligibility remains conditional upon comprehensive documentation.";
        TextCheck check = CHECKER.check(hard, Locale.ENGLISH);
        assertFindingsPointIntoTheText(hard, check);
        assertThat(check.level()).isEqualTo(Level.WELL_ABOVE_B1);
        assertThat(of(check, FindingKind.LONG_SENTENCE)).hasSize(1);
        assertThat(of(check, FindingKind.LONG_WORD)).extracting(Finding::text)
                .contains("municipality", "systematically", "individualised");
        String longSentence = "We " + "really ".repeat(20) + "want to know.";
        Finding sentence = of(CHECKER.check(longSentence, Locale.ENGLISH), FindingKind.LONG_SENTENCE).getFirst();
        assertThat(sentence.start()).isZero();
        assertThat(sentence.end()).isEqualTo(longSentence.length());
        assertThat(sentence.suggestion()).contains("24 words");
        assertThat(CHECKER.check("Save", Locale.ENGLISH).level()).isEqualTo(Level.B1);
    }

    @Test
    void parallelChecksGiveTheSameResultsAsOneByOne() throws Exception {
        List<String> texts = List.of(
                "De aanvraag wordt door de gemeente beoordeeld. Het maken van een afspraak is niet nodig.",
                "Wij hebben uw brief gisteren ontvangen en gaan die snel behandelen.",
                "In het kader van de Wmo krijgt u een maatwerkvoorziening van de GGD i.v.m. uw gezondheid.",
                "Teneinde de zienswijze kenbaar te maken, worden belanghebbenden uitgenodigd.",
                "Kom op dinsdag naar het buurthuis. 😀 Daar praten we samen.");
        List<TextCheck> expected = texts.stream().map(PlainLanguageCheckerTest::dutch).toList();
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            int index = round % texts.size();
            tasks.add(() -> CHECKER.check(texts.get(index), DUTCH).equals(expected.get(index)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void namesPostcodesAndCompoundsOfPlainWordsAreNotMarked() {
        TextCheck address = dutch("De bijeenkomst is in het buurthuis, Bolwerk 4, 9641 AA Veendam.");
        assertThat(address.findings()).extracting(Finding::text).doesNotContain("AA", "Veendam", "Bolwerk");
        TextCheck place = dutch("Wij praten met inwoners uit Den Burg over geldzorgen in het dorpshuis.");
        assertThat(place.findings()).extracting(Finding::text).doesNotContain("Burg", "geldzorgen", "dorpshuis");
        assertThat(of(dutch("Wij vragen de GGD om hulp."), FindingKind.ABBREVIATION)).extracting(Finding::text)
                .containsExactly("GGD");
    }

    @Test
    void aShortTextWithOneHardWordIsAtB1WithTheWordMarkedAndWithTwoAboveB1() {
        TextCheck one = dutch("Vraag de maatwerkvoorziening aan bij de gemeente.");
        assertThat(one.level()).isEqualTo(Level.B1);
        assertThat(of(one, FindingKind.JARGON)).hasSize(1);
        TextCheck two = dutch("In het kader van de maatwerkvoorziening belt de gemeente u.");
        assertThat(two.level()).isEqualTo(Level.ABOVE_B1);
    }
}
