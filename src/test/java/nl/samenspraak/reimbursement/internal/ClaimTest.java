package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of deciding a claim, without Spring or a database. */
class ClaimTest {

    private static final Instant NOW = Instant.parse("2025-05-20T09:30:00Z");

    @Test
    void onlyASubmittedClaimWaitsForADecision() {
        assertThat(claim(ClaimStatus.SUBMITTED, null).decidable()).isTrue();
        assertThat(claim(ClaimStatus.APPROVED, null).decidable()).isFalse();
        assertThat(claim(ClaimStatus.REJECTED, null).decidable()).isFalse();
        assertThat(claim(ClaimStatus.WITHDRAWN, null).decidable()).isFalse();
    }

    @Test
    void approvalWithinTheLimitsRecordsWhoDecidedAndWhen() {
        Claim approved = claim(ClaimStatus.SUBMITTED, null).approve(false, false, "coordinator@texel.example", NOW);
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("coordinator@texel.example");
        assertThat(approved.decidedAt()).isEqualTo(NOW);
        assertThat(approved.overLimit()).isFalse();
        assertThat(approved.reason()).isNull();
    }

    @Test
    void approvalOverATaxFreeLimitNeedsTheCoordinatorsConfirmation() {
        Claim claim = claim(ClaimStatus.SUBMITTED, null);
        assertThatThrownBy(() -> claim.approve(true, false, "c", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> {
                    assertThat(e.field()).isEqualTo("confirmOverLimit");
                    assertThat(e.messageKey()).isEqualTo("reimbursement.error.confirmOverLimit");
                });
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void confirmedApprovalOverALimitIsMarkedAsOverTheLimit() {
        Claim approved = claim(ClaimStatus.SUBMITTED, null).approve(true, true, "c", NOW);
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.overLimit()).isTrue();
    }

    @Test
    void rejectionNeedsAReason() {
        assertThatThrownBy(() -> claim(ClaimStatus.SUBMITTED, null).reject("   ", "c", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.reason"));
    }

    @Test
    void rejectionReasonHasAMaximumLength() {
        assertThatThrownBy(() -> claim(ClaimStatus.SUBMITTED, null).reject("x".repeat(Claim.REASON_MAX + 1), "c", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.reasonTooLong"));
        assertThat(claim(ClaimStatus.SUBMITTED, null).reject("x".repeat(Claim.REASON_MAX), "c", NOW).status())
                .isEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void rejectionKeepsTheReasonTheResidentIsTold() {
        Claim rejected = claim(ClaimStatus.SUBMITTED, null).reject("  De bijeenkomst was online.  ", "c", NOW);
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("De bijeenkomst was online.");
        assertThat(rejected.overLimit()).isFalse();
    }

    @Test
    void decidedClaimCannotBeDecidedAgain() {
        for (ClaimStatus status : new ClaimStatus[] {ClaimStatus.APPROVED, ClaimStatus.REJECTED}) {
            Claim decided = claim(status, null);
            assertThatThrownBy(() -> decided.approve(false, true, "c", NOW)).as(status.name())
                    .isInstanceOfSatisfying(InvalidClaimException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.alreadyDecided"));
            assertThatThrownBy(() -> decided.reject("Toch niet", "c", NOW)).as(status.name())
                    .isInstanceOfSatisfying(InvalidClaimException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reimbursement.error.alreadyDecided"));
        }
    }

    @Test
    void rejectsDecisionOnPaidClaim() {
        Claim paid = claim(ClaimStatus.APPROVED, UUID.randomUUID());
        assertThatThrownBy(() -> paid.reject("Toch niet", "c", NOW)).isInstanceOf(InvalidClaimException.class);
    }

    @Test
    void withdrawnClaimOfAnErasedResidentCannotBeApproved() {
        assertThatThrownBy(() -> claim(ClaimStatus.WITHDRAWN, null).approve(false, false, "c", NOW))
                .isInstanceOfSatisfying(InvalidClaimException.class,
                        e -> assertThat(e.field()).isEqualTo("decision"));
    }

    @Test
    void erasureWithdrawsEveryClaimNotYetPaid() {
        assertThat(claim(ClaimStatus.SUBMITTED, null).erased().status()).isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(claim(ClaimStatus.APPROVED, null).erased().status()).as("approved, in no released batch")
                .isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(claim(ClaimStatus.APPROVED, UUID.randomUUID()).erased().status()).as("paid")
                .isEqualTo(ClaimStatus.APPROVED);
        assertThat(claim(ClaimStatus.REJECTED, null).erased().status()).isEqualTo(ClaimStatus.REJECTED);
    }

    @Test
    void erasureForgetsWhatWasWrittenAndTheBankDetailsButKeepsTheAmountForTheAccounts() {
        Claim erased = claim(ClaimStatus.SUBMITTED, null).reject("Niet voor deze activiteit", "c", NOW).erased();
        assertThat(erased.activity()).isNull();
        assertThat(erased.reason()).isNull();
        assertThat(erased.iban()).isNull();
        assertThat(erased.accountHolder()).isNull();
        assertThat(erased.amount()).isEqualByComparingTo("25.00");
        assertThat(erased.activityDate()).isEqualTo(LocalDate.of(2025, 5, 12));
    }

    private static Claim claim(ClaimStatus status, UUID batchId) {
        return new Claim(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ClaimKind.ALLOWANCE,
                "Meedenken in de klankbordgroep", LocalDate.of(2025, 5, 12), null, null, false, null,
                new BigDecimal("25.00"), "NL91ABNA0417164300", "A. de Vries", status, null,
                NOW.minusSeconds(3600), null, null, null, false, batchId, false, 1);
    }
}
