package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One export of approved claims for payment, with the account that pays them. Until {@code approvedAt}
 * is set it waits for a second coordinator; {@code secondCheck} says whether someone other than its
 * maker approved it.
 */
record PaymentBatch(UUID id, UUID collaborationId, Instant createdAt, String createdBy, LocalDate executionDate,
                           String debtorName, String debtorIban, String debtorBic, int claimCount, BigDecimal total,
                           long seq, UUID createdByStaff, Instant approvedAt, String approvedBy, boolean secondCheck) {

    /** Released for payment: its files can be downloaded and its claims count as paid. */
    public boolean approved() {
        return approvedAt != null;
    }

    /**
     * Releases the batch for payment: from now on its files can be downloaded and its claims count as
     * paid. Its maker may release it only when no second coordinator is needed.
     *
     * @param needsSecondApproval whether the collaboration wants four eyes and has a second coordinator
     * @throws InvalidClaimException on the field {@code "approve-" + reference}: already released, or the
     *                               maker's own batch while another coordinator must check it
     */
    PaymentBatch approve(UUID staffId, boolean needsSecondApproval, String actor, Instant at) {
        String field = "approve-" + reference();
        if (approved()) {
            throw new InvalidClaimException(field, "reimbursement.error.batchAlreadyApproved", reference());
        }
        boolean ownBatch = staffId.equals(createdByStaff);
        if (ownBatch && needsSecondApproval) {
            throw new InvalidClaimException(field, "reimbursement.error.ownBatch", reference());
        }
        return new PaymentBatch(id, collaborationId, createdAt, createdBy, executionDate, debtorName, debtorIban,
                debtorBic, claimCount, total, seq, createdByStaff, at, actor, !ownBatch);
    }

    /** The SEPA message id: the batch id without dashes. */
    public String messageId() {
        return id.toString().replace("-", "");
    }

    /** A short name for people and file names. */
    public String reference() {
        return "B" + seq;
    }
}
