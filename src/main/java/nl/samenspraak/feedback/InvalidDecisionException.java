package nl.samenspraak.feedback;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of a decision or its update was broken; nothing was stored. */
public class InvalidDecisionException extends InvalidFieldException {

    public InvalidDecisionException(String field, String messageKey) {
        super(field, messageKey);
    }
}
