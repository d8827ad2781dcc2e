package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.pool.internal.Vocabulary.Role;

/**
 * An intentieverklaring: a role for a period, what the resident may expect and what is
 * expected of them, agreed by both sides.
 *
 * @param status PROPOSED, ACTIVE, DECLINED or ENDED
 */
record Commitment(UUID id, UUID collaborationId, UUID memberId, Role role, String roleOther, LocalDate startsOn,
                  LocalDate endsOn, int hoursPerMonth, String support, String training, String reimbursement,
                  UUID contactStaffId, String expected, String status, String proposedBy, Instant proposedAt,
                  Instant agreedAt, Instant endedAt, String endedBy, String endReason, Instant reminderSentAt, long seq) {

    public boolean proposed() {
        return "PROPOSED".equals(status);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** Still open to be ended by either side: proposed, or agreed and not past its end date. */
    public boolean open(LocalDate today) {
        return proposed() || active() && !endsOn.isBefore(today);
    }

    /** The status people read: an agreed commitment past its end date is simply over. */
    public String shownStatus(LocalDate today) {
        return active() && endsOn.isBefore(today) ? "FINISHED" : status;
    }

    public boolean endedByResident() {
        return Commitments.RESIDENT.equals(endedBy);
    }
}
