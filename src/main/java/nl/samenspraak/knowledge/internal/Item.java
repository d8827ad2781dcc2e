package nl.samenspraak.knowledge.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One seeded page of the knowledge base (a theme, a rung of the ladder, a method or a practice
 * example) in both languages. {@code list} is the item's one list: what helps in practice, what a
 * level asks of professionals, or a method's steps.
 */
record Item(ItemType type, String key, int position, String kind,
            String titleNl, String titleEn, String summaryNl, String summaryEn, String bodyNl, String bodyEn,
            List<String> listNl, List<String> listEn, List<String> tagsNl, List<String> tagsEn,
            List<String> targetGroups, List<String> levels, List<String> themes, List<String> methods,
            List<String> sources, String effort, String groupSize, String place,
            Instant editedAt, String editedBy) {

    public String title(boolean en) {
        return en ? titleEn : titleNl;
    }

    public String summary(boolean en) {
        return en ? summaryEn : summaryNl;
    }

    String body(boolean en) {
        return en ? bodyEn : bodyNl;
    }

    List<String> list(boolean en) {
        return en ? listEn : listNl;
    }

    public String path() {
        return type.path(key);
    }

    public boolean edited() {
        return editedAt != null;
    }

    /** Paragraphs are separated by a blank line, in the seed and in the admin's form alike. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
