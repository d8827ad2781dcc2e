package nl.samenspraak.resident;

import java.util.UUID;

/**
 * What a personal link opens: one resident, for one purpose, optionally about one object
 * (a registration, an invitation, a commitment, a claim).
 */
public record PersonalLink(UUID collaborationId, UUID residentId, String purpose, UUID subjectId) {}
