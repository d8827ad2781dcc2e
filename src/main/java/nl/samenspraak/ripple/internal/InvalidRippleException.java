package nl.samenspraak.ripple.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of a REM session or effect was broken; nothing was stored. */
class InvalidRippleException extends InvalidFieldException {
    InvalidRippleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
