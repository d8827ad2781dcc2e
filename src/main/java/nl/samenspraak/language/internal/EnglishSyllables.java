package nl.samenspraak.language.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An estimate of English syllables from vowel groups, with the usual corrections (a silent final "e", "-le",
 * "-ed"); good to about one syllable in ten words, which is what the Flesch formula was made with.
 */
final class EnglishSyllables {

    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern LEADING_Y = Pattern.compile("^y");

    private EnglishSyllables() {
    }

    static int count(String word) {
        String lower = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (lower.isEmpty()) {
            return 1;
        }
        if (lower.length() <= 3) {
            return 1;
        }
        String trimmed = LEADING_Y.matcher(SILENT_ENDING.matcher(lower).replaceFirst("")).replaceFirst("");
        int groups = 0;
        Matcher vowels = VOWELS.matcher(trimmed);
        while (vowels.find()) {
            groups++;
        }
        if (lower.endsWith("le") && lower.length() > 2 && "aeiouy".indexOf(lower.charAt(lower.length() - 3)) < 0) {
            groups = Math.max(groups, 1);
        }
        return Math.max(1, groups);
    }
}
