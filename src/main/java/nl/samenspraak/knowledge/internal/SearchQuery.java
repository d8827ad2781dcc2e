package nl.samenspraak.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.platform.Text;

/**
 * A search as the visitor typed it, with its filters (each null when not chosen). Words are
 * read here, not by PostgreSQL's query parser: only letters and digits reach {@code to_tsquery},
 * so no input can make the query fail. Quotes, a leading minus or "or" switch to
 * {@code websearch_to_tsquery}, which accepts any text.
 */
record SearchQuery(String text, ItemType type, String targetGroup, String level, String theme, int page) {

    static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 12;
    static final int MAX_PAGE = 49;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern OPERATORS = Pattern.compile("\"|(^|\\s)-\\S|(?i)\\sor\\s");

    /** Thrown for a search text longer than {@link #MAX_LENGTH}. */
    static class TooLongException extends RuntimeException {
        TooLongException() {
            super("search text too long", null, false, false);
        }
    }

    SearchQuery {
        text = Text.clean(text).replaceAll("\\s+", " ").replaceAll("[\\uE000-\\uF8FF]", "");
        if (text.length() > MAX_LENGTH) {
            throw new TooLongException();
        }
        page = Math.min(Math.max(page, 0), MAX_PAGE);
    }

    boolean hasText() {
        return !words().isEmpty();
    }

    boolean hasFilters() {
        return type != null || targetGroup != null || level != null || theme != null;
    }

    /** True when the visitor used search operators; the whole text then goes to websearch_to_tsquery. */
    boolean usesOperators() {
        return OPERATORS.matcher(text).find();
    }

    List<String> words() {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group());
        }
        return words;
    }

    /** All words must match; longer words also as the start of a longer word ("inwoner" finds "inwonersraad"). */
    static String allOf(List<String> words) {
        return String.join(" & ", words.stream().map(SearchQuery::term).toList());
    }

    /** Any of the words: used to tell which parts of a found item matched. */
    static String anyOf(List<String> words) {
        return String.join(" | ", words.stream().map(SearchQuery::term).toList());
    }

    /** All words must match, each word or one of its synonyms. */
    static String allOf(List<String> words, KnowledgeSynonyms synonyms) {
        return String.join(" & ", words.stream().map(w -> alternatives(w, synonyms)).toList());
    }

    /** Any of the words or of their synonyms. */
    static String anyOf(List<String> words, KnowledgeSynonyms synonyms) {
        return String.join(" | ", words.stream().map(w -> alternatives(w, synonyms)).toList());
    }

    private static String alternatives(String word, KnowledgeSynonyms synonyms) {
        List<String> all = synonyms.of(word);
        return all.size() == 1 ? term(word) : "(" + String.join(" | ", all.stream().map(SearchQuery::term).toList()) + ")";
    }

    /**
     * A word as a prefix; a long word also by its first part, because the Dutch stemmer keeps
     * forms of one verb apart ("participeren" → participer, "participatie" → participatie):
     * their shared start "particip" finds both.
     */
    static String term(String word) {
        if (word.length() >= 10) {
            return "(" + word + ":* | " + word.substring(0, Math.max(8, word.length() - 4)) + ":*)";
        }
        return word.length() >= 3 ? word + ":*" : word;
    }
}
