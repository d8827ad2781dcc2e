package nl.samenspraak.feedback;

/** The lengths a decision's texts may have: one definition for the domain, the forms and the API. */
public final class DecisionLimits {

    public static final int TITLE = 200;
    public static final int TEXT = 10_000;
    public static final int DECIDED_BY = 200;
    public static final int REASONS = 10_000;
    public static final int UPDATE_TEXT = 5_000;
    /** A decision answering more inputs than this is better linked by status in several steps. */
    public static final int INPUTS = 5_000;

    private DecisionLimits() {
    }
}
