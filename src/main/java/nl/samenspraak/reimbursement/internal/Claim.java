package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.reimbursement.ClaimId;

/**
 * A stored claim. {@code activity}, {@code iban} and {@code accountHolder} are null after erasure.
 * A decision is a method here: it checks that the claim can still be decided and the rule of the
 * decision, and returns the decided claim; {@link Decisions} loads, calls and saves.
 */
record Claim(UUID id, UUID collaborationId, UUID residentId, ClaimKind kind, String activity,
             LocalDate activityDate, BigDecimal kilometres, BigDecimal hours, boolean under21, BigDecimal rate,
             BigDecimal amount, String iban, String accountHolder, ClaimStatus status, String reason,
             Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, boolean overLimit,
             UUID batchId, boolean hasReceipt, long seq) {

    static final int REASON_MAX = 2000;

    ClaimId claimId() {
        return new ClaimId(id);
    }

    /** The payment reference in the bank file and CSV: the claim id without dashes (32 of at most 35 characters). */
    public String endToEndId() {
        return id.toString().replace("-", "");
    }

    public String ibanDisplay() {
        return Iban.display(iban);
    }

    public String ibanMasked() {
        return Iban.masked(iban);
    }

    /** Only a submitted claim waits for a decision; approved, rejected and withdrawn ones are final. */
    public boolean decidable() {
        return status == ClaimStatus.SUBMITTED;
    }

    /**
     * Approves the claim. Going over a tax-free limit is allowed, but only when the coordinator
     * confirmed it: then the whole allowance counts as income for the resident.
     *
     * @param exceedsLimit     the limit check says approving goes over the month's or year's limit
     * @param confirmOverLimit the coordinator ticked that they know
     * @throws InvalidClaimException when the claim was already decided, or goes over a limit unconfirmed
     */
    Claim approve(boolean exceedsLimit, boolean confirmOverLimit, String actor, Instant at) {
        requireDecidable();
        if (exceedsLimit && !confirmOverLimit) {
            throw new InvalidClaimException("confirmOverLimit", "reimbursement.error.confirmOverLimit");
        }
        return decided(ClaimStatus.APPROVED, null, exceedsLimit, actor, at);
    }

    /**
     * Rejects the claim with a reason the resident is told.
     *
     * @throws InvalidClaimException when no reason is given, it is too long, or the claim was already decided
     */
    Claim reject(String reason, String actor, Instant at) {
        String why = rejectionReason(reason);
        requireDecidable();
        return decided(ClaimStatus.REJECTED, why, false, actor, at);
    }

    /**
     * The claim once its resident's data is erased: what the resident or staff wrote (activity,
     * reason) and the bank details are gone; kind, date and amount stay for the accounts. A claim
     * not yet paid (submitted, or approved but in no released batch) is withdrawn: without bank
     * details it can no longer be paid.
     */
    Claim erased() {
        boolean unpaid = status == ClaimStatus.SUBMITTED || (status == ClaimStatus.APPROVED && batchId == null);
        return new Claim(id, collaborationId, residentId, kind, null, activityDate, kilometres, hours, under21, rate,
                amount, null, null, unpaid ? ClaimStatus.WITHDRAWN : status, null, submittedAt, submittedBy, decidedAt,
                decidedBy, overLimit, batchId, hasReceipt, seq);
    }

    /**
     * The cleaned reason for a rejection.
     *
     * @throws InvalidClaimException when it is blank or longer than {@link #REASON_MAX}
     */
    static String rejectionReason(String reason) {
        String why = Text.cleanOrNull(reason);
        if (why == null) {
            throw new InvalidClaimException("reason", "reimbursement.error.reason");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidClaimException("reason", "reimbursement.error.reasonTooLong", REASON_MAX);
        }
        return why;
    }

    private void requireDecidable() {
        if (!decidable()) {
            throw new InvalidClaimException("decision", "reimbursement.error.alreadyDecided");
        }
    }

    private Claim decided(ClaimStatus newStatus, String why, boolean over, String actor, Instant at) {
        return new Claim(id, collaborationId, residentId, kind, activity, activityDate, kilometres, hours, under21, rate,
                amount, iban, accountHolder, newStatus, why, submittedAt, submittedBy, at, actor, over, batchId,
                hasReceipt, seq);
    }
}
