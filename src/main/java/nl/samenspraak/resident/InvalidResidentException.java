package nl.samenspraak.resident;

/** Contact details broke a rule; nothing was stored. {@code field} and {@code messageKey} say what. */
public class InvalidResidentException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidResidentException(String field, String messageKey) {
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
