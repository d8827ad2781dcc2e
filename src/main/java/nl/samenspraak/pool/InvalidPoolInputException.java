package nl.samenspraak.pool;

/** A rule of the pool was broken; nothing was stored. {@code field} and {@code messageKey} say what. */
class InvalidPoolInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    InvalidPoolInputException(String field, String messageKey) {
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
