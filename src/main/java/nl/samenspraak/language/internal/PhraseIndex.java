package nl.samenspraak.language.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.samenspraak.language.Finding;
import nl.samenspraak.language.FindingKind;

/**
 * Finds listed words and phrases in a text: case-insensitive, whole words only, multi-word phrases included; where
 * two matches overlap the longer one wins ("in het kader van" over "kader").
 */
final class PhraseIndex {

    private final List<Map.Entry<String, String>> phrases;

    PhraseIndex(Map<String, String> entries) {
        phrases = entries.entrySet().stream()
                .filter(e -> !e.getKey().isBlank())
                .map(e -> Map.entry(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
    }

    void find(String text, char[] lower, FindingKind kind, List<Finding> findings,
              Function<String, String> suggestion) {
        String haystack = new String(lower);
        List<Finding> found = new ArrayList<>();
        for (var phrase : phrases) {
            String needle = phrase.getKey();
            int from = 0;
            int at;
            while ((at = haystack.indexOf(needle, from)) >= 0) {
                int end = at + needle.length();
                from = at + 1;
                if (!boundary(haystack, at - 1) || !boundary(haystack, end)) {
                    continue;
                }
                int start = at;
                if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                    found.add(new Finding(kind, start, end, text.substring(start, end),
                            suggestion.apply(phrase.getValue())));
                }
            }
        }
        findings.addAll(found);
    }

    /** A whole word ends where the text ends or where no letter, digit or joining mark follows. */
    private static boolean boundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !Character.isLetterOrDigit(c) && c != '-' && Character.getType(c) != Character.NON_SPACING_MARK;
    }
}
