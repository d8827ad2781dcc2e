package nl.samenspraak.knowledge.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.platform.Text;

/**
 * The administrator's form for an item's texts in both languages. Lists are typed one point
 * per line, tags separated by commas; everything is kept as typed so a rejected form comes back unchanged.
 */
record ItemForm(String titleNl, String titleEn, String summaryNl, String summaryEn, String bodyNl, String bodyEn,
                String listNl, String listEn, String tagsNl, String tagsEn) {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 1000;
    static final int MAX_BODY = 20000;
    static final int MAX_LINES = 30;
    static final int MAX_LINE = 500;
    static final int MAX_TAGS = 80;
    static final int MAX_TAG = 100;

    /** The texts readers see on the item's page, Dutch and English apart: checked for plain language in their language. */
    Map<String, String> dutchTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("summaryNl", summaryNl == null ? "" : summaryNl);
        texts.put("bodyNl", bodyNl == null ? "" : bodyNl);
        return texts;
    }

    Map<String, String> englishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("summaryEn", summaryEn == null ? "" : summaryEn);
        texts.put("bodyEn", bodyEn == null ? "" : bodyEn);
        return texts;
    }

    static ItemForm of(Item item) {
        return new ItemForm(item.titleNl(), item.titleEn(), item.summaryNl(), item.summaryEn(), item.bodyNl(), item.bodyEn(),
                String.join("\n", item.listNl()), String.join("\n", item.listEn()),
                String.join(", ", item.tagsNl()), String.join(", ", item.tagsEn()));
    }

    /** Field → message key of what is wrong; empty when the form can be saved. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "titleNl", titleNl, MAX_TITLE);
        required(errors, "titleEn", titleEn, MAX_TITLE);
        required(errors, "summaryNl", summaryNl, MAX_SUMMARY);
        required(errors, "summaryEn", summaryEn, MAX_SUMMARY);
        required(errors, "bodyNl", bodyNl, MAX_BODY);
        required(errors, "bodyEn", bodyEn, MAX_BODY);
        list(errors, "listNl", lines(listNl), MAX_LINES, MAX_LINE);
        list(errors, "listEn", lines(listEn), MAX_LINES, MAX_LINE);
        list(errors, "tagsNl", tags(tagsNl), MAX_TAGS, MAX_TAG);
        list(errors, "tagsEn", tags(tagsEn), MAX_TAGS, MAX_TAG);
        return errors;
    }

    ItemEdit toEdit() {
        return new ItemEdit(Text.clean(titleNl), Text.clean(titleEn), Text.clean(summaryNl), Text.clean(summaryEn),
                Text.clean(bodyNl), Text.clean(bodyEn), lines(listNl), lines(listEn), tags(tagsNl), tags(tagsEn));
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        String clean = Text.clean(value);
        if (clean.isEmpty()) {
            errors.put(field, "knowledge.admin.error.required");
        } else if (clean.length() > max) {
            errors.put(field, "knowledge.admin.error.tooLong");
        }
    }

    private static void list(Map<String, String> errors, String field, List<String> values, int maxItems, int maxLength) {
        if (values.size() > maxItems || values.stream().anyMatch(v -> v.length() > maxLength)) {
            errors.put(field, "knowledge.admin.error.tooLong");
        }
    }

    static List<String> lines(String value) {
        return Arrays.stream(Text.clean(value).split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<String> tags(String value) {
        return Arrays.stream(Text.clean(value).split("[,\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
