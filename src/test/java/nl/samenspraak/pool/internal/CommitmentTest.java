package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import org.junit.jupiter.api.Test;

/** The rules of a commitment's steps, without Spring or a database. */
class CommitmentTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Commitment proposal(LocalDate endsOn) {
        return new Commitment(CommitmentId.of(UUID.randomUUID()), UUID.randomUUID(), MemberId.of(UUID.randomUUID()),
                Role.SOUNDING_BOARD, null, TODAY.minusMonths(1), endsOn, 4, null, null, null, UUID.randomUUID(), "Meedenken",
                Commitment.Status.PROPOSED, "staff@example.org", NOW.minusSeconds(3600), null, null, null, null, null, 1);
    }

    @Test
    void residentAgreesToAProposal() {
        Commitment agreed = proposal(TODAY.plusMonths(3)).agree(NOW);
        assertThat(agreed.status()).isEqualTo(Commitment.Status.ACTIVE);
        assertThat(agreed.agreedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyAProposalCanBeAgreedOrDeclined() {
        Commitment agreed = proposal(TODAY.plusMonths(3)).agree(NOW);
        assertThatThrownBy(() -> agreed.agree(NOW)).isInstanceOf(InvalidPoolInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.error.commitmentClosed");
        assertThatThrownBy(() -> agreed.decline(null, NOW)).isInstanceOf(InvalidPoolInputException.class);
    }

    @Test
    void declinedProposalRecordsTheResidentAndTheirReason() {
        Commitment declined = proposal(TODAY.plusMonths(3)).decline("  Geen tijd  ", NOW);
        assertThat(declined.status()).isEqualTo(Commitment.Status.DECLINED);
        assertThat(declined.endedByResident()).isTrue();
        assertThat(declined.endReason()).isEqualTo("Geen tijd");
        assertThat(declined.endedAt()).isEqualTo(NOW);
    }

    @Test
    void residentEndingAProposalDeclinesItAndEndingAnAgreementEndsIt() {
        assertThat(proposal(TODAY.plusMonths(3)).endByResident(null, TODAY, NOW).status())
                .isEqualTo(Commitment.Status.DECLINED);
        assertThat(proposal(TODAY.plusMonths(3)).agree(NOW).endByResident(null, TODAY, NOW).status())
                .isEqualTo(Commitment.Status.ENDED);
    }

    @Test
    void agreementPastItsEndDateCannotBeEndedAndReadsAsFinished() {
        Commitment over = proposal(TODAY.minusDays(1)).agree(NOW);
        assertThat(over.open(TODAY)).isFalse();
        assertThat(over.shownStatus(TODAY)).isEqualTo("FINISHED");
        assertThatThrownBy(() -> over.endByStaff("staff@example.org", null, TODAY, NOW))
                .isInstanceOf(InvalidPoolInputException.class);
        assertThatThrownBy(() -> over.endByResident(null, TODAY, NOW)).isInstanceOf(InvalidPoolInputException.class);
    }

    @Test
    void staffEndingRecordsWhoEndedIt() {
        Commitment ended = proposal(TODAY.plusMonths(3)).endByStaff("staff@example.org", "Project stopt", TODAY, NOW);
        assertThat(ended.status()).isEqualTo(Commitment.Status.ENDED);
        assertThat(ended.endedBy()).isEqualTo("staff@example.org");
        assertThat(ended.endedByResident()).isFalse();
    }

    @Test
    void endedCommitmentCannotBeEndedAgain() {
        Commitment ended = proposal(TODAY.plusMonths(3)).endByStaff("staff@example.org", null, TODAY, NOW);
        assertThatThrownBy(() -> ended.endByStaff("staff@example.org", null, TODAY, NOW))
                .isInstanceOf(InvalidPoolInputException.class);
    }

    @Test
    void rejectsAReasonLongerThanTheLimit() {
        String tooLong = "x".repeat(Commitment.MAX_REASON + 1);
        assertThatThrownBy(() -> proposal(TODAY.plusMonths(3)).decline(tooLong, NOW))
                .isInstanceOf(InvalidPoolInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "pool.error.reasonTooLong");
        assertThat(proposal(TODAY.plusMonths(3)).decline("x".repeat(Commitment.MAX_REASON), NOW).status())
                .isEqualTo(Commitment.Status.DECLINED);
    }

    @Test
    void memberLeavingDeclinesAProposalAndEndsAnAgreementEvenPastItsEndDate() {
        Commitment declined = proposal(TODAY.plusMonths(3)).memberLeft(Commitment.RESIDENT, NOW);
        assertThat(declined.status()).isEqualTo(Commitment.Status.DECLINED);
        assertThat(declined.endReason()).isNull();
        Commitment overButOpen = proposal(TODAY.minusDays(5)).agree(NOW);
        assertThat(overButOpen.standing()).isTrue();
        assertThat(overButOpen.memberLeft("staff@example.org", NOW).status()).isEqualTo(Commitment.Status.ENDED);
    }

    @Test
    void memberLeavingLeavesAClosedCommitmentAlone() {
        Commitment ended = proposal(TODAY.plusMonths(3)).endByStaff("staff@example.org", null, TODAY, NOW);
        assertThat(ended.standing()).isFalse();
        assertThatThrownBy(() -> ended.memberLeft(Commitment.RESIDENT, NOW)).isInstanceOf(IllegalStateException.class);
    }
}
