package nl.samenspraak.pool.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of the pool was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidPoolInputException extends InvalidFieldException {

    InvalidPoolInputException(String field, String messageKey) {
        super(field, messageKey);
    }
}
