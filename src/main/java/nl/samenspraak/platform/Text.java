package nl.samenspraak.platform;

/** Cleans text that people type before it is stored. */
public final class Text {

    private Text() {}

    /**
     * Strips surrounding white space and removes control characters that PostgreSQL
     * refuses (NUL) or that only hide text; keeps line breaks and tabs. Returns "" for null.
     */
    public static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\t' || c >= ' ' && c != 0x7f) {
                out.append(c);
            } else if (c == '\r' && (i + 1 >= value.length() || value.charAt(i + 1) != '\n')) {
                out.append('\n');
            }
        }
        return out.toString().strip();
    }

    /** {@link #clean(String)}, or null when nothing is left. */
    public static String cleanOrNull(String value) {
        String cleaned = clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
