package nl.samenspraak.feedback;

/** Where telling an author stands. */
public enum NotificationState {
    /** E-mail waits in the outbox (also while the mail server is down). */
    QUEUED,
    /** The mail server accepted the e-mail. */
    SENT,
    /** A letter must still be printed in a batch. */
    TO_PRINT,
    /** The letter is in a printed batch. */
    PRINTED,
    /** The author must still be called. */
    TO_CALL,
    /** Staff called the author and ticked it off. */
    CALLED
}
