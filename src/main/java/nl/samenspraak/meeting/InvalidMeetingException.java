package nl.samenspraak.meeting;

/** A rule of meetings was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidMeetingException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidMeetingException(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
