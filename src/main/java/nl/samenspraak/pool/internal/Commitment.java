package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.CommitmentId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.internal.Vocabulary.Role;

/**
 * An intentieverklaring: a role for a period, what the resident may expect and what is
 * expected of them, agreed by both sides. Its steps are methods that check the rule and give
 * back the commitment as it is after the step; the caller saves it.
 */
record Commitment(CommitmentId id, UUID collaborationId, MemberId memberId, Role role, String roleOther,
                  LocalDate startsOn, LocalDate endsOn, int hoursPerMonth, String support, String training,
                  String reimbursement, UUID contactStaffId, String expected, Status status, String proposedBy,
                  Instant proposedAt, Instant agreedAt, Instant endedAt, String endedBy, String endReason,
                  Instant reminderSentAt, long seq) {

    /** Who ended a commitment when it was the resident: staff are recorded by e-mail address. */
    static final String RESIDENT = "resident";
    static final int MAX_REASON = 1000;

    enum Status { PROPOSED, ACTIVE, DECLINED, ENDED }

    public boolean proposed() {
        return status == Status.PROPOSED;
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Still open to be ended by either side: proposed, or agreed and not past its end date. */
    public boolean open(LocalDate today) {
        return proposed() || active() && !endsOn.isBefore(today);
    }

    /** The status people read: an agreed commitment past its end date is simply over. */
    public String shownStatus(LocalDate today) {
        return active() && endsOn.isBefore(today) ? "FINISHED" : status.name();
    }

    public boolean endedByResident() {
        return RESIDENT.equals(endedBy);
    }

    /** The resident agrees; only a proposal can be agreed to. */
    Commitment agree(Instant now) {
        if (!proposed()) {
            throw new InvalidPoolInputException("answer", "pool.error.commitmentClosed");
        }
        return new Commitment(id, collaborationId, memberId, role, roleOther, startsOn, endsOn, hoursPerMonth, support,
                training, reimbursement, contactStaffId, expected, Status.ACTIVE, proposedBy, proposedAt, now, endedAt,
                endedBy, endReason, reminderSentAt, seq);
    }

    /** The resident declines; only a proposal can be declined. */
    Commitment decline(String reason, Instant now) {
        if (!proposed()) {
            throw new InvalidPoolInputException("answer", "pool.error.commitmentClosed");
        }
        return close(Status.DECLINED, RESIDENT, reason, now);
    }

    /** The resident ends it early: a proposal counts as declined, an agreement as ended. */
    Commitment endByResident(String reason, LocalDate today, Instant now) {
        if (!open(today)) {
            throw new InvalidPoolInputException("reason", "pool.error.commitmentClosed");
        }
        return close(proposed() ? Status.DECLINED : Status.ENDED, RESIDENT, reason, now);
    }

    /** Staff end it (or take back their proposal) while it is open. */
    Commitment endByStaff(String actor, String reason, LocalDate today, Instant now) {
        if (!open(today)) {
            throw new InvalidPoolInputException("reason", "pool.error.commitmentClosed");
        }
        return close(Status.ENDED, actor, reason, now);
    }

    /**
     * The member left the pool: every proposal or agreement still standing (even one past its
     * end date that nobody closed) stops, without a reason.
     */
    Commitment memberLeft(String by, Instant now) {
        if (status != Status.PROPOSED && status != Status.ACTIVE) {
            throw new IllegalStateException("commitment " + id + " is already " + status);
        }
        return new Commitment(id, collaborationId, memberId, role, roleOther, startsOn, endsOn, hoursPerMonth, support,
                training, reimbursement, contactStaffId, expected, proposed() ? Status.DECLINED : Status.ENDED,
                proposedBy, proposedAt, agreedAt, now, by, null, reminderSentAt, seq);
    }

    /** Still standing for a member who leaves the pool. */
    boolean standing() {
        return status == Status.PROPOSED || status == Status.ACTIVE;
    }

    private Commitment close(Status to, String by, String reason, Instant now) {
        String r = Text.cleanOrNull(reason);
        if (r != null && r.length() > MAX_REASON) {
            throw new InvalidPoolInputException("reason", "pool.error.reasonTooLong");
        }
        return new Commitment(id, collaborationId, memberId, role, roleOther, startsOn, endsOn, hoursPerMonth, support,
                training, reimbursement, contactStaffId, expected, to, proposedBy, proposedAt, agreedAt, now, by, r,
                reminderSentAt, seq);
    }
}
