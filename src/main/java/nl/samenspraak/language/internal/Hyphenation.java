package nl.samenspraak.language.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts syllables with Liang's hyphenation algorithm (the one TeX, LibreOffice and Hunspell use) over the Dutch
 * patterns in {@code language/nl/hyphenation.txt}. Written here because no Liang library resolves from Maven Central
 * for this build (checked: none listed, hyphen-nl is a Debian package with patterns only); the algorithm itself is
 * twenty lines and tested in {@code HyphenationTest}.
 */
final class Hyphenation {

    private static final int MAX_CACHED_WORDS = 200_000;

    private final Map<String, byte[]> patterns = new HashMap<>();
    /** Words repeat across texts; counting a word once keeps a check of 1,000 words fast. */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> counted =
            new java.util.concurrent.ConcurrentHashMap<>();
    private int longestPattern;

    Hyphenation(Iterable<String> lines) {
        for (String line : lines) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#") || pattern.startsWith("%")) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            byte[] values = new byte[pattern.length() + 1];
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c >= '0' && c <= '9') {
                    values[letters.length()] = (byte) (c - '0');
                } else {
                    letters.append(c);
                }
            }
            byte[] trimmed = new byte[letters.length() + 1];
            System.arraycopy(values, 0, trimmed, 0, trimmed.length);
            patterns.put(letters.toString(), trimmed);
            longestPattern = Math.max(longestPattern, letters.length());
        }
    }

    /** The word's syllables: its hyphenation points plus one; at least one for a word with a letter. */
    int syllables(String word) {
        Integer known = counted.get(word);
        if (known != null) {
            return known;
        }
        if (counted.size() > MAX_CACHED_WORDS) {
            counted.clear();
        }
        int total = count(word);
        counted.put(word, total);
        return total;
    }

    private int count(String word) {
        int total = 0;
        for (String part : word.split("[-‐']")) {
            if (!part.isEmpty()) {
                total += partSyllables(part.toLowerCase(Locale.ROOT));
            }
        }
        return Math.max(1, total);
    }

    private int partSyllables(String word) {
        String padded = "." + word + ".";
        int[] points = new int[padded.length() + 1];
        for (int i = 0; i < padded.length(); i++) {
            for (int j = i + 1; j <= Math.min(padded.length(), i + longestPattern); j++) {
                byte[] values = patterns.get(padded.substring(i, j));
                if (values != null) {
                    for (int k = 0; k < values.length; k++) {
                        points[i + k] = Math.max(points[i + k], values[k]);
                    }
                }
            }
        }
        // An odd value before letter p of the word (index p + 1 in the padded word) is a break; none before the
        // first letter or after the last.
        int breaks = 0;
        for (int p = 1; p < word.length(); p++) {
            if ((points[p + 1] & 1) == 1) {
                breaks++;
            }
        }
        return breaks + 1;
    }
}
