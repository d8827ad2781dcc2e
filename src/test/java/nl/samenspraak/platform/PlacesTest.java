package nl.samenspraak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** "op Texel", "in Leusden": the preposition comes from the list of places, in both languages. */
class PlacesTest {

    private final Places places = new Places();

    @Test
    void islandsTakeOpAndOtherPlacesIn() {
        assertThat(places.preposition("Texel")).isEqualTo("op");
        assertThat(places.preposition("  schiermonnikoog ")).isEqualTo("op");
        assertThat(places.preposition("Texel (Noord-Holland)")).isEqualTo("op");
        assertThat(places.preposition("Urk")).isEqualTo("op");
        assertThat(places.preposition("Achterveld (gemeente Leusden)")).isEqualTo("in");
        assertThat(places.preposition("Urkerland")).isEqualTo("in");
        assertThat(places.preposition("Putten")).isEqualTo("in");
        assertThat(places.preposition(null)).isEqualTo("in");
        assertThat(places.preposition("<script>alert(1)</script>")).isEqualTo("in");
    }

    @Test
    void theProcessPageSaysOpTexelInDutchAndOnTexelInEnglish() {
        ResourceBundleMessageSource messages = new IcuMessageSource();
        messages.setBasenames("i18n/participate");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        String texel = "Texel";
        Object[] args = {"Samen Beter", places.preposition(texel), texel};
        assertThat(messages.getMessage("participate.process.byInRegion", args, Locale.forLanguageTag("nl")))
                .isEqualTo("Dit traject is van Samen Beter op Texel.");
        assertThat(messages.getMessage("participate.process.byInRegion", args, Locale.ENGLISH))
                .isEqualTo("This process is run by Samen Beter on Texel.");
        Object[] leusden = {"DAVA", places.preposition("Leusden"), "Leusden"};
        assertThat(messages.getMessage("participate.process.byInRegion", leusden, Locale.forLanguageTag("nl")))
                .isEqualTo("Dit traject is van DAVA in Leusden.");
    }
}
