package nl.samenspraak.feedback;

/**
 * How far a decision has been carried out. Residents drop out when news stops or only good
 * news comes, so a delay or a stop is a state of its own and always comes with its reason.
 */
public enum DecisionState {
    PLANNED, IN_PROGRESS, DONE, DELAYED, STOPPED;

    /** A delay or a stop must say why: "it is late" without a reason breaks trust. */
    public boolean needsReason() {
        return this == DELAYED || this == STOPPED;
    }
}
