package nl.samenspraak.feedback;

/** What a notification tells an author. */
public enum NoticeKind {
    /** Their input arrived: the follow code, what happens next and the answer date. */
    RECEIPT,
    /** The answer to their input. */
    ANSWER,
    /** A decision about their input was made or changed. */
    DECISION,
    /** Their input, or part of it, was hidden from the public page, and why. */
    MODERATION
}
