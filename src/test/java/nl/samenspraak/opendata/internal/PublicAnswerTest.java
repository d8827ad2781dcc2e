package nl.samenspraak.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Open data shows an answer without the lines that name people. */
class PublicAnswerTest {

    @Test
    void leavesOutAGreetingThatNamesTheResident() {
        assertThat(PublicAnswer.of("Beste mevrouw Van de Wetering, dank u voor uw brief. Wij sturen alles per post."))
                .isEqualTo("Dank u voor uw brief. Wij sturen alles per post.");
        assertThat(PublicAnswer.of("Geachte heer Jansen,\n\nEr komen drie bankjes.")).isEqualTo("Er komen drie bankjes.");
        assertThat(PublicAnswer.of("Dear Mr Smith, thank you.")).isEqualTo("Thank you.");
    }

    @Test
    void leavesOutTheClosingThatNamesTheStaffMember() {
        assertThat(PublicAnswer.of("Er komen drie bankjes.\n\nMet vriendelijke groet,\nAnna de Vries\nGemeente Texel"))
                .isEqualTo("Er komen drie bankjes.");
        assertThat(PublicAnswer.of("Er komen drie bankjes. Met vriendelijke groet, Anna")).isEqualTo("Er komen drie bankjes.");
    }

    @Test
    void keepsAnAnswerWithoutGreetingAsItIs() {
        assertThat(PublicAnswer.of("Dagelijks rijdt de bus vaker. De groeten aan de buurt doen we niet.\nTot ziens."))
                .isEqualTo("Dagelijks rijdt de bus vaker. De groeten aan de buurt doen we niet.\nTot ziens.");
        assertThat(PublicAnswer.of("Fijn om te horen! De fysiotherapeut staat er weer."))
                .isEqualTo("Fijn om te horen! De fysiotherapeut staat er weer.");
        assertThat(PublicAnswer.of(null)).isNull();
    }
}
