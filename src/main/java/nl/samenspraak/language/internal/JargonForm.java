package nl.samenspraak.language.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A phrase and its plain alternative as an administrator typed them. The list is a tab-separated file with one
 * entry per line, so tabs and line breaks would break it: they are refused, as are other control characters.
 */
record JargonForm(String phrase, String alternative) {

    static final int PHRASE_MAX = 80;
    static final int ALTERNATIVE_MAX = 200;

    static JargonForm empty() {
        return new JargonForm("", "");
    }

    /** The phrase as the list keeps it: lower case, single spaces, no spaces around it. */
    String normalisedPhrase() {
        return normalisePhrase(phrase);
    }

    String strippedAlternative() {
        return alternative == null ? "" : alternative.strip();
    }

    static String normalisePhrase(String phrase) {
        return phrase == null ? "" : phrase.strip().replaceAll(" {2,}", " ").toLowerCase(Locale.ROOT);
    }

    /** Field → message key of every broken rule; empty when the form may be saved. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        checkPhrase(phrase, errors);
        checkAlternative(alternative, errors);
        return errors;
    }

    /** Only the alternative: for a change of an entry that exists. */
    Map<String, String> checkAlternative() {
        Map<String, String> errors = new LinkedHashMap<>();
        checkAlternative(alternative, errors);
        return errors;
    }

    private static void checkPhrase(String phrase, Map<String, String> errors) {
        String value = normalisePhrase(phrase);
        if (value.isEmpty()) {
            errors.put("phrase", "language.jargon.error.phraseRequired");
        } else if (hasControlCharacters(value)) {
            errors.put("phrase", "language.jargon.error.oneLine");
        } else if (value.codePointCount(0, value.length()) > PHRASE_MAX) {
            errors.put("phrase", "language.jargon.error.phraseTooLong");
        }
    }

    private static void checkAlternative(String alternative, Map<String, String> errors) {
        String value = alternative == null ? "" : alternative.strip();
        if (value.isEmpty()) {
            errors.put("alternative", "language.jargon.error.alternativeRequired");
        } else if (hasControlCharacters(value)) {
            errors.put("alternative", "language.jargon.error.oneLine");
        } else if (value.codePointCount(0, value.length()) > ALTERNATIVE_MAX) {
            errors.put("alternative", "language.jargon.error.alternativeTooLong");
        }
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
