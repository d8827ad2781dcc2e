package nl.samenspraak.resident;

import java.util.UUID;

/**
 * Who a privacy request is about, inside one collaboration. {@code email} and {@code phone} let
 * modules that keep contact details per contribution (input) find rows that were never linked
 * to a resident record; both are null when unknown.
 */
public record ResidentIdentity(UUID collaborationId, UUID residentId, String email, String phone) {}
