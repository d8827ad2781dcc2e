package nl.samenspraak.reimbursement.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A claim, decision or setting broke a rule; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidClaimException extends InvalidFieldException {

    private final Object[] arguments;

    public InvalidClaimException(String field, String messageKey, Object... arguments) {
        super(field, messageKey);
        this.arguments = arguments;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
