package nl.samenspraak.pool.internal;

import java.time.Instant;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.InvitationId;

/**
 * One member's invitation to an activity, as staff and the member see it. Its rules are
 * methods that check the rule and give back the invitation as it is afterwards; the caller saves it.
 */
record Invitation(InvitationId id, UUID collaborationId, UUID activityId, UUID memberId, Status status, String note,
                  Instant sentAt, Instant answeredAt, String delivery) {

    static final int MAX_NOTE = 2000;

    enum Status { SENT, ACCEPTED, DECLINED, CANCELLED }

    /** A new invitation, just sent to the member and not answered yet. */
    static Invitation sent(InvitationId id, UUID collaborationId, UUID activityId, UUID memberId, String delivery,
                           Instant now) {
        return new Invitation(id, collaborationId, activityId, memberId, Status.SENT, null, now, null, delivery);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }

    public boolean declined() {
        return status == Status.DECLINED;
    }

    /** Sent and not answered yet. */
    boolean unanswered() {
        return status == Status.SENT;
    }

    /** A member may answer (or change their answer) until the activity starts, unless they left. */
    boolean answerable(Activity activity, Instant now) {
        return status != Status.CANCELLED && activity.startsAt().isAfter(now);
    }

    /** The member's answer, yes or no with an optional note; they may change it while it is answerable. */
    Invitation reply(boolean accept, String note, Activity activity, Instant now) {
        String n = Text.cleanOrNull(note);
        if (n != null && n.length() > MAX_NOTE) {
            throw new InvalidPoolInputException("note", "pool.error.noteTooLong");
        }
        if (!activity.id().equals(activityId)) {
            throw new IllegalArgumentException("invitation " + id + " is not for activity " + activity.id());
        }
        if (!answerable(activity, now)) {
            throw new InvalidPoolInputException("answer", "pool.error.invitationClosed");
        }
        return new Invitation(id, collaborationId, activityId, memberId, accept ? Status.ACCEPTED : Status.DECLINED, n,
                sentAt, now, delivery);
    }

    /** The member left the pool: an invitation they have not answered is called off; answers stay as they are. */
    Invitation memberLeft() {
        if (!unanswered()) {
            throw new IllegalStateException("invitation " + id + " is already " + status);
        }
        return new Invitation(id, collaborationId, activityId, memberId, Status.CANCELLED, note, sentAt, answeredAt,
                delivery);
    }

    /** The invitation for someone who may not read the member's note (it can say what they need). */
    Invitation withoutNote() {
        return new Invitation(id, collaborationId, activityId, memberId, status, null, sentAt, answeredAt, delivery);
    }
}
