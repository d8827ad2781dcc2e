package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Public answers lose their salutation; the answer form notices an author's name. */
class SalutationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Beste mevrouw De Vries,\\n\\nEr komen vijf bankjes.|Er komen vijf bankjes.",
            "Geachte heer Jansen,\\nEr komen vijf bankjes.|Er komen vijf bankjes.",
            "Hallo Ans, er komen vijf bankjes.|Er komen vijf bankjes.",
            "Beste meneer en mevrouw Ramakers, dank voor het gesprek. Er komt een knop.|Dank voor het gesprek. Er komt een knop.",
            "Hoi Marga, daar helpen we graag bij.|Daar helpen we graag bij.",
            "Dag Trienke, de ambulance komt binnen 15 minuten.|De ambulance komt binnen 15 minuten.",
            "beste Ans\\nEr komen bankjes.|Er komen bankjes.",
            "  Goedemiddag mevrouw Kool!\\nDe bibliotheek brengt boeken.|De bibliotheek brengt boeken."})
    void removesTheSalutation(String answer, String expected) {
        assertThat(Salutations.strip(answer.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Er komen vijf bankjes.",
            "Dag en nacht is het druk op de weg. Er komt een drempel.",
            "Beste idee van dit jaar. Wij doen het.",
            "Hallo? Dit klopt niet, wij kijken er opnieuw naar.",
            "Dank u wel. Wij doen het."})
    void leavesAnAnswerWithoutSalutationAlone(String answer) {
        assertThat(Salutations.strip(answer)).isEqualTo(answer);
    }

    @Test
    void leavesNullAndASalutationOnItsOwnHarmless() {
        assertThat(Salutations.strip(null)).isNull();
        assertThat(Salutations.strip("Beste Ans,")).isEmpty();
    }

    @Test
    void noticesTheAuthorsNameOrAWordOfItWhateverTheCaseOrAccents() {
        assertThat(Salutations.mentionsName("Dank u, mevrouw de vries.", "Ans de Vries")).isTrue();
        assertThat(Salutations.mentionsName("Beste Ans, dank u.", "Ans de Vries")).isTrue();
        assertThat(Salutations.mentionsName("Dank je, Zoë!", "Zoe")).isTrue();
        assertThat(Salutations.mentionsName("Dank u, meneer Kuiper-Hofstee.", "mevrouw J. Kuiper-Hofstee")).isTrue();
    }

    @Test
    void doesNotMistakeParticlesTitlesOrPartsOfWordsForAName() {
        assertThat(Salutations.mentionsName("De bank komt van de gemeente, mevrouw.", "mevrouw Van de Wetering")).isFalse();
        assertThat(Salutations.mentionsName("Er komen bankjes.", "Jan Bank")).isFalse();
        assertThat(Salutations.mentionsName("Er komen bankjes.", null)).isFalse();
        assertThat(Salutations.mentionsName("Er komen bankjes.", "  ")).isFalse();
    }

    @Test
    void leavesOutTheClosingThatNamesTheWriterAndKeepsAnAnswerThatOnlyMentionsGreetings() {
        assertThat(Salutations.strip("Er komen drie bankjes.\n\nMet vriendelijke groet,\nAnna de Vries\nGemeente Texel"))
                .isEqualTo("Er komen drie bankjes.");
        assertThat(Salutations.strip("Beste Ans, er komen drie bankjes. Met vriendelijke groet, Anna"))
                .isEqualTo("Er komen drie bankjes.");
        assertThat(Salutations.strip("Dagelijks rijdt de bus vaker. De groeten aan de buurt doen we niet.\nTot ziens."))
                .isEqualTo("Dagelijks rijdt de bus vaker. De groeten aan de buurt doen we niet.\nTot ziens.");
    }
}
