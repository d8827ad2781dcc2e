package nl.samenspraak.resident;

import java.util.UUID;

/**
 * Who a privacy request is about, inside one collaboration. {@code email}, {@code phone} and
 * {@code name} with {@code postalAddress} let modules that keep contact details per contribution
 * (input) find rows that were never linked to a resident record; each is null when unknown or
 * not proven (an e-mail link proves only the e-mail address).
 */
public record ResidentIdentity(UUID collaborationId, UUID residentId, String email, String phone, String name,
                               String postalAddress) {

    public ResidentIdentity(UUID collaborationId, UUID residentId, String email, String phone) {
        this(collaborationId, residentId, email, phone, null, null);
    }
}
