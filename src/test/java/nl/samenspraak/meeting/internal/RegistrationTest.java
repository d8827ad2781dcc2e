package nl.samenspraak.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of a registration, without Spring or a database. */
class RegistrationTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Registration with(Registration.Status status) {
        return new Registration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), status,
                List.of(Registration.Need.TRANSPORT), "Rolstoelbus", Registration.ONLINE, null, NOW.minusSeconds(3600),
                status == Registration.Status.REGISTERED ? NOW.minusSeconds(3600) : null, null, null, 1);
    }

    @Test
    void newcomerGetsAPlaceWhilePlacesAreLeft() {
        assertThat(Registration.newcomer(0, 1)).isEqualTo(Registration.Status.REGISTERED);
        assertThat(Registration.newcomer(9, 10)).isEqualTo(Registration.Status.REGISTERED);
    }

    @Test
    void newcomerWaitsWhenTheMeetingIsFull() {
        assertThat(Registration.newcomer(10, 10)).isEqualTo(Registration.Status.WAITING);
        assertThat(Registration.newcomer(11, 10)).isEqualTo(Registration.Status.WAITING);
    }

    @Test
    void needsAreKeptOnlyWithConsent() {
        assertThatThrownBy(() -> Registration.checkNeeds(List.of(Registration.Need.DIET), null, false))
                .isInstanceOf(InvalidMeetingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.needsConsent");
        assertThatThrownBy(() -> Registration.checkNeeds(List.of(), "Een tolk", false))
                .isInstanceOf(InvalidMeetingException.class);
        assertThat(Registration.checkNeeds(List.of(Registration.Need.DIET), null, true)).isTrue();
        assertThat(Registration.checkNeeds(List.of(), null, false)).isFalse();
    }

    @Test
    void rejectsANeedsNoteLongerThanTheLimit() {
        assertThatThrownBy(() -> Registration.checkNeeds(List.of(), "x".repeat(Registration.MAX_NOTE + 1), true))
                .isInstanceOf(InvalidMeetingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "meeting.error.needsNoteTooLong");
        assertThat(Registration.checkNeeds(List.of(), "x".repeat(Registration.MAX_NOTE), true)).isTrue();
    }

    @Test
    void cancellingForgetsTheNeeds() {
        Registration cancelled = with(Registration.Status.REGISTERED).cancel(NOW);
        assertThat(cancelled.status()).isEqualTo(Registration.Status.CANCELLED);
        assertThat(cancelled.cancelledAt()).isEqualTo(NOW);
        assertThat(cancelled.needs()).isEmpty();
        assertThat(cancelled.needsNote()).isNull();
        assertThat(cancelled.active()).isFalse();
    }

    @Test
    void cancelledRegistrationCannotBeCancelledAgain() {
        Registration cancelled = with(Registration.Status.WAITING).cancel(NOW);
        assertThatThrownBy(() -> cancelled.cancel(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyCancellingAPlaceFreesOne() {
        assertThat(with(Registration.Status.REGISTERED).holdsPlace()).isTrue();
        assertThat(with(Registration.Status.WAITING).holdsPlace()).isFalse();
    }
}
