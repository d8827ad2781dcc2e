package nl.samenspraak.reimbursement;

import java.util.Objects;
import java.util.UUID;

/** Which claim: the id pages, audit entries and the payment reference use. */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "a claim id needs a value");
    }
}
