package nl.samenspraak.resident;

import nl.samenspraak.platform.InvalidFieldException;

/** Contact details broke a rule; nothing was stored. {@code field} and {@code messageKey} say what. */
public class InvalidResidentException extends InvalidFieldException {

    public InvalidResidentException(String field, String messageKey) {
        super(field, messageKey);
    }
}
