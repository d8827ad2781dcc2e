package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.input.Moderation.Hiding;
import org.junit.jupiter.api.Test;

/** The rules of hiding an input or a part of it, and what the public reads afterwards. */
class ModerationTest {

    private static final String TEXT = "Mijn buurman Jan de Vries is ziek. Meer bankjes bij Jan de Vries zijn huis!";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Moderation nothingHidden() {
        return new Moderation(UUID.randomUUID(), TEXT, true, List.of());
    }

    private static Moderation with(Hiding... hidings) {
        return new Moderation(UUID.randomUUID(), TEXT, true, List.of(hidings));
    }

    @Test
    void hidesTheWholeInputWhenNoPartIsGiven() {
        var hiding = nothingHidden().hide("  ", ModerationReason.OFFENSIVE, null);
        assertThat(hiding.whole()).isTrue();
        assertThat(hiding.reason()).isEqualTo(ModerationReason.OFFENSIVE);
    }

    @Test
    void hidesAPartThatIsInTheTextTrimmedAtItsEnds() {
        var hiding = nothingHidden().hide(" Jan de Vries\n", ModerationReason.PERSONAL_DATA, "Een naam van iemand anders.");
        assertThat(hiding.part()).isEqualTo("Jan de Vries");
        assertThat(hiding.note()).isEqualTo("Een naam van iemand anders.");
    }

    @Test
    void rejectsAPartThatIsNotExactlyInTheText() {
        assertThatThrownBy(() -> nothingHidden().hide("jan de vries", ModerationReason.PERSONAL_DATA, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.moderation.error.partNotFound"));
    }

    @Test
    void rejectsHidingWithoutAReason() {
        assertThatThrownBy(() -> nothingHidden().hide(null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void rejectsOtherWithoutANote() {
        assertThatThrownBy(() -> nothingHidden().hide(null, ModerationReason.OTHER, " \n "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(nothingHidden().hide(null, ModerationReason.OTHER, "Reclame voor een winkel.").note())
                .isEqualTo("Reclame voor een winkel.");
    }

    @Test
    void rejectsANoteLongerThanTheLimit() {
        assertThatThrownBy(() -> nothingHidden().hide(null, ModerationReason.OFF_TOPIC, "x".repeat(Moderation.NOTE + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("input.moderation.error.noteTooLong"));
    }

    @Test
    void rejectsHidingWhatIsAlreadyHidden() {
        var hidden = with(new Hiding(1, null, ModerationReason.DUPLICATE, null, NOW),
                new Hiding(2, "Jan de Vries", ModerationReason.PERSONAL_DATA, null, NOW));
        assertThatThrownBy(() -> hidden.hide(null, ModerationReason.OFFENSIVE, null))
                .hasFieldOrPropertyWithValue("messageKey", "input.moderation.error.alreadyHidden");
        assertThatThrownBy(() -> hidden.hide("Jan de Vries", ModerationReason.OFFENSIVE, null))
                .hasFieldOrPropertyWithValue("messageKey", "input.moderation.error.alreadyHidden");
    }

    @Test
    void rejectsHidingAnInputThatIsNotPublic() {
        var unpublished = new Moderation(UUID.randomUUID(), TEXT, false, List.of());
        assertThatThrownBy(() -> unpublished.hide(null, ModerationReason.OFFENSIVE, null))
                .hasFieldOrPropertyWithValue("messageKey", "input.moderation.error.notPublished");
    }

    @Test
    void thePublicReadsAMarkerInPlaceOfEveryOccurrenceOfAHiddenPart() {
        var moderation = with(new Hiding(3, "Jan de Vries", ModerationReason.PERSONAL_DATA, null, NOW));
        assertThat(moderation.publicText(reason -> "[verborgen: " + reason + "]")).contains(
                "Mijn buurman [verborgen: PERSONAL_DATA] is ziek. Meer bankjes bij [verborgen: PERSONAL_DATA] zijn huis!");
        assertThat(moderation.wholeHidden()).isEmpty();
    }

    @Test
    void thePublicReadsNothingOfAWhollyHiddenInput() {
        var moderation = with(new Hiding(4, null, ModerationReason.OFFENSIVE, null, NOW));
        assertThat(moderation.publicText(reason -> "x")).isEmpty();
        assertThat(moderation.wholeHidden()).map(Hiding::number).contains(4L);
    }

    @Test
    void staffSeeTheWholeTextWithTheHiddenPartsMarkedAndOverlapsJoined() {
        var moderation = with(new Hiding(5, "Jan de Vries", ModerationReason.PERSONAL_DATA, null, NOW),
                new Hiding(6, "de Vries is ziek", ModerationReason.PERSONAL_DATA, null, NOW));
        assertThat(moderation.segments()).startsWith(
                new Moderation.Segment("Mijn buurman ", null),
                new Moderation.Segment("Jan de Vries is ziek", ModerationReason.PERSONAL_DATA));
        assertThat(String.join("", moderation.segments().stream().map(Moderation.Segment::text).toList())).isEqualTo(TEXT);
    }

    @Test
    void onlyAHidingInForceCanBeShownAgain() {
        var moderation = with(new Hiding(7, "Jan de Vries", ModerationReason.PERSONAL_DATA, null, NOW));
        assertThat(moderation.unhide(7).part()).isEqualTo("Jan de Vries");
        assertThatThrownBy(() -> moderation.unhide(8))
                .hasFieldOrPropertyWithValue("messageKey", "input.moderation.error.notHidden");
    }
}
