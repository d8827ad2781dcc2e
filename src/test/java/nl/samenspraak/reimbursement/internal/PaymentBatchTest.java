package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The four-eyes rule of releasing a payment batch, without Spring or a database. */
class PaymentBatchTest {

    private static final Instant NOW = Instant.parse("2025-05-20T09:30:00Z");
    private static final UUID MAKER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void makerCannotReleaseOwnBatchWhileASecondCoordinatorMustCheckIt() {
        assertThatThrownBy(() -> waiting().approve(MAKER, true, "maker", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> {
                    assertThat(e.field()).isEqualTo("approve-B7");
                    assertThat(e.messageKey()).isEqualTo("reimbursement.error.ownBatch");
                });
    }

    @Test
    void makerReleasesOwnBatchWhenNoSecondCoordinatorIsNeededAndItSaysNobodyElseChecked() {
        PaymentBatch released = waiting().approve(MAKER, false, "maker", NOW);
        assertThat(released.approved()).isTrue();
        assertThat(released.secondCheck()).isFalse();
        assertThat(released.approvedBy()).isEqualTo("maker");
    }

    @Test
    void anotherCoordinatorReleasesTheBatchAsASecondCheck() {
        PaymentBatch released = waiting().approve(OTHER, true, "second", NOW);
        assertThat(released.approved()).isTrue();
        assertThat(released.approvedAt()).isEqualTo(NOW);
        assertThat(released.secondCheck()).isTrue();
    }

    @Test
    void releasedBatchCannotBeReleasedAgain() {
        PaymentBatch released = waiting().approve(OTHER, true, "second", NOW);
        assertThatThrownBy(() -> released.approve(OTHER, true, "second", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.batchAlreadyApproved"));
    }

    private static PaymentBatch waiting() {
        return new PaymentBatch(UUID.randomUUID(), UUID.randomUUID(), NOW.minusSeconds(60), "maker",
                LocalDate.of(2025, 5, 20), "Stichting Samen Gezond", "NL20INGB0001234567", null, 2,
                new BigDecimal("50.00"), 7, MAKER, null, null, false);
    }
}
