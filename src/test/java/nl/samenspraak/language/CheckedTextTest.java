package nl.samenspraak.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marked text on the panel: every character shown once, findings nested where they fit, numbered as listed. */
class CheckedTextTest {

    private static TextCheck check(Finding... findings) {
        return new TextCheck("nl", Level.ABOVE_B1, Map.of(), Map.of(), List.of(findings), 1, 5);
    }

    private static String joined(List<CheckedText.Piece> pieces) {
        StringBuilder all = new StringBuilder();
        for (CheckedText.Piece p : pieces) {
            all.append(p.marked() ? joined(p.inside()) : p.text());
        }
        return all.toString();
    }

    @Test
    void marksALongWordInsideALongSentenceAndKeepsEveryCharacter() {
        String text = "Kort. Een maatwerkvoorziening is hulp.";
        int sentence = text.indexOf("Een");
        int word = text.indexOf("maatwerkvoorziening");
        var checked = new CheckedText(text, check(
                new Finding(FindingKind.LONG_SENTENCE, sentence, text.length(), text.substring(sentence), null),
                new Finding(FindingKind.JARGON, word, word + 19, "maatwerkvoorziening", "hulp op maat")));

        List<CheckedText.Piece> pieces = checked.pieces();

        assertThat(joined(pieces)).isEqualTo(text);
        assertThat(pieces).extracting(CheckedText.Piece::text).containsExactly("Kort. ", text.substring(sentence));
        CheckedText.Piece longSentence = pieces.get(1);
        assertThat(longSentence.number()).isEqualTo(1);
        assertThat(longSentence.inside()).filteredOn(CheckedText.Piece::marked).singleElement()
                .satisfies(p -> {
                    assertThat(p.text()).isEqualTo("maatwerkvoorziening");
                    assertThat(p.number()).isEqualTo(2);
                    assertThat(p.finding().suggestion()).isEqualTo("hulp op maat");
                });
    }

    @Test
    void leavesAPartlyOverlappingOrMisplacedFindingUnmarkedButKeepsTheText() {
        String text = "het maken van een afspraak";
        var checked = new CheckedText(text, check(
                new Finding(FindingKind.NOMINALISATION, 0, 14, "het maken van ", null),
                new Finding(FindingKind.JARGON, 4, 26, "maken van een afspraak", null),
                new Finding(FindingKind.LONG_WORD, 20, 400, "buiten de tekst", null)));

        List<CheckedText.Piece> pieces = checked.pieces();

        assertThat(joined(pieces)).isEqualTo(text);
        assertThat(pieces).filteredOn(CheckedText.Piece::marked).extracting(CheckedText.Piece::number).containsExactly(1);
    }

    @Test
    void aTextWithoutFindingsIsOnePlainPiece() {
        var checked = new CheckedText("Wij bouwen een bankje.", check());
        assertThat(checked.pieces()).singleElement().satisfies(p -> assertThat(p.marked()).isFalse());
    }

    @Test
    void aReviewAsksForConfirmationOnlyForASaveWithATextAboveB1() {
        var easy = new CheckedText("Kom langs.", new TextCheck("nl", Level.B1, Map.of(), Map.of(), List.of(), 1, 2));
        var hard = new CheckedText("Moeilijk.", check());

        assertThat(new Review(Map.of("a", easy), false, false).needsConfirmation()).isFalse();
        assertThat(new Review(Map.of("a", easy), false, false).blocksSave()).isFalse();
        assertThat(new Review(Map.of("a", easy, "b", hard), false, false).blocksSave()).isTrue();
        assertThat(new Review(Map.of("b", hard), false, false).fieldsAboveB1()).containsExactly("b");
        assertThat(new Review(Map.of("b", hard), true, false).blocksSave()).as("a check only stores nothing anyway").isFalse();
        assertThat(new Review(Map.of("b", hard), false, true).blocksSave()).as("confirmed").isFalse();
    }
}
