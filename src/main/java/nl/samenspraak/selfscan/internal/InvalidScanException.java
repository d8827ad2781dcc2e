package nl.samenspraak.selfscan.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of the scan was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidScanException extends InvalidFieldException {

    InvalidScanException(String field, String messageKey) {
        super(field, messageKey);
    }
}
