package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenationTest {

    private final Hyphenation shipped = Lexicon.shipped().hyphenation;

    @Test
    void countsDutchSyllablesFromTheOpenTaalPatterns() {
        assertThat(shipped.syllables("gemeente")).isEqualTo(3);
        assertThat(shipped.syllables("afspraak")).isEqualTo(2);
        assertThat(shipped.syllables("maatwerkvoorziening")).isEqualTo(5);
        assertThat(shipped.syllables("ondersteuning")).isEqualTo(4);
        assertThat(shipped.syllables("bijeenkomst")).isEqualTo(3);
        assertThat(shipped.syllables("participatie")).isEqualTo(5);
        assertThat(shipped.syllables("arbeidsongeschiktheidsverzekering")).isEqualTo(10);
    }

    @Test
    void aWordWithCapitalsOrAHyphenCountsItsParts() {
        assertThat(shipped.syllables("Tuin")).isEqualTo(1);
        assertThat(shipped.syllables("e-mail")).isEqualTo(2);
        assertThat(shipped.syllables("GEMEENTE")).isEqualTo(3);
    }

    @Test
    void liangsAlgorithmBreaksWhereAnOddValueWins() {
        // Two made-up patterns: "a1b" allows a break between a and b, "ca2b" (longer, even) forbids it again.
        Hyphenation allows = new Hyphenation(List.of("a1b"));
        Hyphenation forbids = new Hyphenation(List.of("a1b", "ca2b"));
        assertThat(allows.syllables("cab")).isEqualTo(2);
        assertThat(forbids.syllables("cab")).isEqualTo(1);
    }

    @Test
    void englishSyllablesAreEstimatedFromVowelGroups() {
        assertThat(EnglishSyllables.count("the")).isEqualTo(1);
        assertThat(EnglishSyllables.count("table")).isEqualTo(2);
        assertThat(EnglishSyllables.count("beautiful")).isEqualTo(3);
        assertThat(EnglishSyllables.count("municipality")).isEqualTo(6);
    }
}
