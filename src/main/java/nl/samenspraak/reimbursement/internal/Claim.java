package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored claim. {@code activity}, {@code iban} and {@code accountHolder} are null after erasure. */
record Claim(UUID id, UUID collaborationId, UUID residentId, ClaimKind kind, String activity,
                    LocalDate activityDate, BigDecimal kilometres, BigDecimal hours, boolean under21, BigDecimal rate,
                    BigDecimal amount, String iban, String accountHolder, ClaimStatus status, String reason,
                    Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, boolean overLimit,
                    UUID batchId, boolean hasReceipt, long seq) {

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

    public boolean decidable() {
        return status == ClaimStatus.SUBMITTED;
    }
}
