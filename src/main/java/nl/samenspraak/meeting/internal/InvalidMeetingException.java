package nl.samenspraak.meeting.internal;

import nl.samenspraak.platform.InvalidFieldException;

/** A rule of meetings was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidMeetingException extends InvalidFieldException {

    InvalidMeetingException(String field, String messageKey) {
        super(field, messageKey);
    }
}
