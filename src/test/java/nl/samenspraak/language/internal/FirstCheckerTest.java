package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.language.TextCheck;
import org.junit.jupiter.api.Test;

class FirstCheckerTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PlainLanguage checker = new FirstChecker();

    @Test
    void aShortPlainTextIsAtB1AndALongOfficialOneIsNot() {
        TextCheck plain = checker.check("Wij willen weten wat u vindt. Kom op dinsdag naar het buurthuis.", DUTCH);
        assertThat(plain.level()).isEqualTo(Level.B1);
        assertThat(plain.sentences()).isEqualTo(2);
        assertThat(plain.findings()).isEmpty();

        String official = "Teneinde de maatwerkvoorzieningen in het kader van de Wet maatschappelijke ondersteuning "
                + "doelmatiger te organiseren, worden belanghebbenden uitgenodigd hun zienswijze kenbaar te maken "
                + "middels het daartoe bestemde elektronische formulier.";
        TextCheck hard = checker.check(official, DUTCH);
        assertThat(hard.level()).isNotEqualTo(Level.B1);
        assertThat(hard.findings()).extracting(Finding::kind).contains(FindingKind.LONG_SENTENCE, FindingKind.LONG_WORD);
        Finding longWord = hard.findings().stream().filter(f -> f.kind() == FindingKind.LONG_WORD).findFirst().orElseThrow();
        assertThat(official.substring(longWord.start(), longWord.end())).isEqualTo(longWord.text());
    }

    @Test
    void aTextOverTheLimitIsRefused() {
        assertThatThrownBy(() -> checker.check("a".repeat(PlainLanguage.MAX_CHARACTERS + 1), DUTCH))
                .isInstanceOf(PlainLanguage.TextTooLongException.class);
    }
}
