package nl.samenspraak.knowledge.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of pages in the knowledge base. {@code code} is stored and used in message keys
 * ({@code knowledge.type.<code>}); {@code segment} is the Dutch URL part.
 */
enum ItemType {
    THEME("theme", "thema"),
    LADDER("ladder", "ladder"),
    METHOD("method", "werkvormen"),
    EXAMPLE("example", "voorbeelden"),
    LESSON("lesson", "lessen");

    private final String code;
    private final String segment;

    ItemType(String code, String segment) {
        this.code = code;
        this.segment = segment;
    }

    public String code() {
        return code;
    }

    public String segment() {
        return segment;
    }

    public String path(String key) {
        return "/kennisbank/" + segment + "/" + key;
    }

    static Optional<ItemType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    static Optional<ItemType> bySegment(String segment) {
        return Arrays.stream(values()).filter(t -> t.segment.equals(segment)).findFirst();
    }
}
