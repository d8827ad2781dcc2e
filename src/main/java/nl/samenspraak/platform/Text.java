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

    /**
     * A file name for people to read, from whatever an upload claimed to be called: the last part of any path,
     * only letters, digits and a few marks, never longer than 80 characters; "" when nothing is left. Storage
     * never uses it, and callers add the extension of what the file really is.
     */
    public static String uploadedFileName(String claimed) {
        String name = claimed == null ? "" : claimed;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("\\.{2,}", ".").replaceAll("^[ ._]+", "").strip();
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }
}
