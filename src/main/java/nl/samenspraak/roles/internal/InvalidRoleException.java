package nl.samenspraak.roles.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of the role catalogue was broken; nothing was stored. */
class InvalidRoleException extends InvalidFieldException {

    InvalidRoleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
