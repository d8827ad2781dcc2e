package nl.samenspraak.vision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import nl.samenspraak.vision.internal.VisionDiff.Change;
import nl.samenspraak.vision.internal.VisionDiff.Piece;
import org.junit.jupiter.api.Test;

/** The comparison of two versions names added and removed words, and reads as the newer text. */
class VisionDiffTest {

    @Test
    void marksAddedAndRemovedWordsAndKeepsTheRestAsWritten() {
        var diff = VisionDiff.between("We houden bijeenkomsten in elk dorp.",
                "We houden bijeenkomsten in elk dorp, ook in de avond.");
        assertThat(diff.wordsAdded()).isEqualTo(5);
        assertThat(diff.wordsRemoved()).isEqualTo(1);
        assertThat(text(diff, Change.REMOVED)).isEqualTo("dorp.");
        assertThat(text(diff, Change.ADDED)).isEqualTo("dorp, ook in de avond.");
        assertThat(newer(diff)).isEqualTo("We houden bijeenkomsten in elk dorp, ook in de avond.");
    }

    @Test
    void aChangeInSpacingAloneIsNoChange() {
        var diff = VisionDiff.between("Samen  doen.\nMet iedereen.", "Samen doen. Met iedereen.");
        assertThat(diff.same()).isTrue();
        assertThat(diff.pieces()).allMatch(p -> p.change() == Change.SAME);
    }

    @Test
    void aWordTakenOutInTheMiddleIsRemovedAndTheSentenceStaysReadable() {
        var diff = VisionDiff.between("Wij luisteren heel goed naar u.", "Wij luisteren goed naar u.");
        assertThat(diff.wordsRemoved()).isEqualTo(1);
        assertThat(diff.wordsAdded()).isZero();
        assertThat(text(diff, Change.REMOVED)).isEqualTo("heel");
        assertThat(newer(diff)).isEqualTo("Wij luisteren goed naar u.");
    }

    @Test
    void everythingIsNewAgainstAnEmptyText() {
        var diff = VisionDiff.between("", "Een nieuwe tekst.");
        assertThat(diff.wordsAdded()).isEqualTo(3);
        assertThat(diff.pieces()).extracting(Piece::change).containsExactly(Change.ADDED);
    }

    private static String text(VisionDiff.Result diff, Change change) {
        return diff.pieces().stream().filter(p -> p.change() == change).map(Piece::text).collect(Collectors.joining("|"));
    }

    /** The newer text, read from the pieces without the removed ones. */
    private static String newer(VisionDiff.Result diff) {
        return diff.pieces().stream().filter(p -> p.change() != Change.REMOVED).map(Piece::text)
                .collect(Collectors.joining()).replaceAll("\\s+", " ");
    }
}
