package nl.samenspraak.platform;

/** Keyset paging: the key of the last row shown travels in {@code ?voor=}. */
public final class PageKeys {

    private PageKeys() {
    }

    /** A page key from {@code ?voor=}; anything that is not a positive number shows the first page (null). */
    public static Long before(String voor) {
        if (voor == null || voor.isBlank() || voor.length() > 19) {
            return null;
        }
        try {
            long value = Long.parseLong(voor.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
