package nl.samenspraak.platform;

/**
 * A value a person typed broke a rule; nothing was stored. {@code field} names the form field
 * the message belongs next to and {@code messageKey} the message in the person's language.
 * Each module throws its own subclass so its callers can tell whose rule it was.
 */
public abstract class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected InvalidFieldException(String field, String messageKey) {
        // No stack trace: this is an expected answer to bad input, thrown often under attack.
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
