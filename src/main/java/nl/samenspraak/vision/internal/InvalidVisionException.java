package nl.samenspraak.vision.internal;

/** A broken rule of the vision, named by the form field and the message key; nothing was stored. */
class InvalidVisionException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidVisionException(String field, String messageKey) {
        super(field + ": " + messageKey);
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
