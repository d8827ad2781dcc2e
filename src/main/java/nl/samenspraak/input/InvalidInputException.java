package nl.samenspraak.input;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of input or answer was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
public class InvalidInputException extends InvalidFieldException {

    public InvalidInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
