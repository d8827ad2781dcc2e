package nl.samenspraak.language.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.samenspraak.language.Level;
import nl.samenspraak.language.TextCheck;
import org.junit.jupiter.api.Test;

/**
 * The checker's quality on texts it was not written for: the same subject (the Wmo, the Dutch law on social
 * support) as published for residents by two municipalities, and as written for professionals and in the law itself.
 * The known order: texts written for residents are easier than the professional and legal ones. Short excerpts,
 * quoted with their source; all were read on 2 December 2026.
 */
class ReadabilityOrderTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Gemeente Hoorn, "Wat is de Wmo?", hoorn.nl/begeleiding/Wat-is-de-Wmo.html (for residents). */
    static final String HOORN = "Gemeenten moeten ervoor zorgen dat mensen zo lang mogelijk thuis kunnen blijven wonen. "
            + "Dat staat in de Wet maatschappelijke ondersteuning (Wmo). Het doel van de Wmo is dat iedereen zo lang "
            + "mogelijk meedoet aan de maatschappij.";

    /** Gemeente Geldrop-Mierlo, "Wmo-beleid", geldrop-mierlo.nl/wmo-beleid/ (for residents). */
    static final String GELDROP_MIERLO = "Wmo staat voor Wet maatschappelijke ondersteuning. Deze wet regelt dat u zo "
            + "lang mogelijk zelfstandig kunt blijven wonen, misschien met zorg en ondersteuning die u nodig heeft. "
            + "Voordat u hulp kunt krijgen bekijkt de gemeente eerst wat u, met hulp van familie, vrienden en buren, "
            + "zelf nog kunt doen. Als blijkt dat dit niet lukt, wordt gekeken of zogenaamde algemene voorzieningen "
            + "de oplossing zijn. Pas daarna wordt er gekeken naar een maatwerkvoorziening.";

    /** GGD Haaglanden, "Regionaal GGD Protocol Meldingen Calamiteiten Wmo", version 5.0 (for professionals). */
    static final String GGD_PROTOCOL = "Een onderdeel van de toezichthoudende taak is het handelen op meldingen. Ten "
            + "behoeve van het toezicht treft de toezichthouder een regeling voor het melden van calamiteiten bij de "
            + "verstrekking van een voorziening door een aanbieder. Conform artikel 3.4, lid 1 Wmo 2015 melden "
            + "aanbieders namelijk iedere calamiteit die zich heeft voorgedaan bij de verstrekking van een voorziening "
            + "onverwijld aan de toezichthouder. Doelen van toezicht zijn het borgen en bewaken van de kwaliteit van "
            + "dienstverlening door de aanbieders en het borgen van het publiek belang.";

    /** Wet maatschappelijke ondersteuning 2015, article 2.3.2, first and second paragraph (the law; no copyright). */
    static final String LAW = "Indien bij het college melding wordt gedaan van een behoefte aan maatschappelijke "
            + "ondersteuning, voert het college in samenspraak met degene door of namens wie de melding is gedaan en "
            + "waar mogelijk met de mantelzorger of mantelzorgers dan wel diens vertegenwoordiger, zo spoedig mogelijk, "
            + "doch uiterlijk binnen zes weken, een onderzoek uit overeenkomstig het tweede tot en met achtste lid. Het "
            + "college bevestigt de ontvangst van de melding. Voordat het onderzoek van start gaat, kan de cliënt het "
            + "college een persoonlijk plan overhandigen waarin hij de omstandigheden, bedoeld in het vierde lid, "
            + "onderdelen a tot en met g, beschrijft en aangeeft welke maatschappelijke ondersteuning naar zijn mening "
            + "het meest is aangewezen.";

    private final PlainLanguageChecker checker = new PlainLanguageChecker(new JargonList());

    @Test
    void textsForResidentsScoreEasierThanProfessionalAndLegalTexts() {
        List<TextCheck> forResidents = List.of(checker.check(HOORN, DUTCH), checker.check(GELDROP_MIERLO, DUTCH));
        List<TextCheck> forProfessionals = List.of(checker.check(GGD_PROTOCOL, DUTCH), checker.check(LAW, DUTCH));

        for (TextCheck easy : forResidents) {
            assertThat(easy.level()).isEqualTo(Level.B1);
            for (TextCheck hard : forProfessionals) {
                assertThat(hard.level()).isNotEqualTo(Level.B1);
                assertThat(easy.score().get("lint")).isLessThan(hard.score().get("lint"));
                assertThat(easy.score().get("leesindexA")).isGreaterThan(hard.score().get("leesindexA"));
                assertThat(easy.score().get("fleschDouma")).isGreaterThan(hard.score().get("fleschDouma"));
            }
        }
    }
}
