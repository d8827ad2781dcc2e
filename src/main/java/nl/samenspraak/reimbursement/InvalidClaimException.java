package nl.samenspraak.reimbursement;

/** A claim, decision or setting broke a rule; nothing was stored. {@code field} and {@code messageKey} say what. */
public class InvalidClaimException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidClaimException(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
