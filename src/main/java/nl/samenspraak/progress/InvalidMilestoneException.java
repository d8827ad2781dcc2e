package nl.samenspraak.progress;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of a milestone was broken; nothing was stored. */
public class InvalidMilestoneException extends InvalidFieldException {

    public InvalidMilestoneException(String field, String messageKey) {
        super(field, messageKey);
    }
}
