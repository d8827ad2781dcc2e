package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The rules of a round of the scan, without Spring or a database. */
class ScanRoundTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void opensWithACleanedTitleAndNoClosingYet() {
        ScanRound round = ScanRound.open(UUID.randomUUID(), "  Zelfscan voorjaar ", TODAY.plusDays(14), "t", TODAY, NOW);

        assertThat(round.title()).isEqualTo("Zelfscan voorjaar");
        assertThat(round.openOn(TODAY)).isTrue();
        assertThat(round.closedAt()).isNull();
    }

    @Test
    void rejectsARoundWithoutTitle() {
        assertThatThrownBy(() -> ScanRound.open(UUID.randomUUID(), "  ", null, "t", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("selfscan.error.titleRequired"));
    }

    @Test
    void rejectsATitleLongerThanTheLimit() {
        assertThatThrownBy(() -> ScanRound.open(UUID.randomUUID(), "x".repeat(ScanRound.MAX_TITLE + 1), null, "t", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("selfscan.error.titleTooLong"));
        assertThat(ScanRound.open(UUID.randomUUID(), "x".repeat(ScanRound.MAX_TITLE), null, "t", TODAY, NOW).title())
                .hasSize(ScanRound.MAX_TITLE);
    }

    @Test
    void rejectsAClosingDayInThePast() {
        assertThatThrownBy(() -> ScanRound.open(UUID.randomUUID(), "Ronde", TODAY.minusDays(1), "t", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("closesOn"));
    }

    @Test
    void staysOpenUntilTheEndOfItsClosingDay() {
        ScanRound round = ScanRound.open(UUID.randomUUID(), "Ronde", TODAY, "t", TODAY, NOW);

        assertThat(round.openOn(TODAY)).isTrue();
        assertThat(round.openOn(TODAY.plusDays(1))).isFalse();
        assertThat(round.expiredOn(TODAY.plusDays(1))).isTrue();
    }

    @Test
    void closedRoundKeepsTheMomentItWasFirstClosed() {
        ScanRound closed = anOpenRound().close(NOW);

        assertThat(closed.closedAt()).isEqualTo(NOW);
        assertThat(closed.openOn(TODAY)).isFalse();
        assertThat(closed.close(LATER)).isSameAs(closed);
    }

    @Test
    void reopeningDropsAClosingDayThatHasPassed() {
        ScanRound expired = ScanRound.open(UUID.randomUUID(), "Ronde", TODAY, "t", TODAY, NOW);

        ScanRound reopened = expired.reopen(TODAY.plusDays(3));

        assertThat(reopened.closesOn()).isNull();
        assertThat(reopened.openOn(TODAY.plusDays(3))).isTrue();
    }

    @Test
    void reopeningAClosedRoundKeepsAClosingDayStillAhead() {
        ScanRound closed = ScanRound.open(UUID.randomUUID(), "Ronde", TODAY.plusDays(10), "t", TODAY, NOW).close(NOW);

        ScanRound reopened = closed.reopen(TODAY);

        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.closesOn()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void reopeningAnOpenRoundChangesNothing() {
        ScanRound open = anOpenRound();

        assertThat(open.reopen(TODAY)).isSameAs(open);
    }

    @Test
    void closedRoundTakesNoOnlineAnswersButStillTakesPaperOnes() {
        ScanRound closed = anOpenRound().close(NOW);

        assertThatThrownBy(() -> closed.acceptAnswer(ScanResponses.Channel.ONLINE, TODAY))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("selfscan.error.closed"));
        closed.acceptAnswer(ScanResponses.Channel.PAPER, TODAY);
        anOpenRound().acceptAnswer(ScanResponses.Channel.ONLINE, TODAY);
    }

    private static ScanRound anOpenRound() {
        return ScanRound.open(UUID.randomUUID(), "Ronde", null, "t", TODAY, NOW);
    }
}
