package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.util.UUID;

/** A pool member as stored. Withdrawn members are kept (for the staff list) but never invited. */
record Member(UUID id, UUID collaborationId, UUID residentId, boolean active, Profile profile, String joinedVia,
              Instant joinedAt, Instant withdrawnAt, long seq) {}
