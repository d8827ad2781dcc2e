package nl.samenspraak.selfscan;

/** A rule of the scan was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidScanException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidScanException(String field, String messageKey) {
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
