package nl.samenspraak.input;

/** The status of an input; the last five are final and need a written answer. */
public enum FeedbackStatus {
    RECEIVED, BEING_CONSIDERED, ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, ALREADY_EXISTS, OUT_OF_SCOPE;

    public boolean isFinal() {
        return this != RECEIVED && this != BEING_CONSIDERED;
    }
}
