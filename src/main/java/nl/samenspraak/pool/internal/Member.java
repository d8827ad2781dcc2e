package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.util.UUID;
import nl.samenspraak.pool.MemberId;

/**
 * A pool member as stored. Withdrawn members are kept (for the staff list) but never invited;
 * leaving is a method that checks the member is still in the pool and gives back the member
 * as they are afterwards.
 */
record Member(UUID id, UUID collaborationId, UUID residentId, Status status, Profile profile, String joinedVia,
              Instant joinedAt, Instant withdrawnAt, long seq) {

    enum Status { ACTIVE, WITHDRAWN }

    /** The id as its record, for code that already speaks in ids. */
    MemberId memberId() {
        return MemberId.of(id);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** The member leaves the pool; someone who already left cannot leave again. */
    Member withdraw(Instant now) {
        if (!active()) {
            throw new IllegalStateException("pool member " + id + " already left");
        }
        return new Member(id, collaborationId, residentId, Status.WITHDRAWN, profile, joinedVia, joinedAt, now, seq);
    }
}
