package nl.samenspraak.input;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one home of keeping names off public pages and open data: an answer shown in public loses
 * its salutation ("Beste mevrouw De Vries,", "Geachte heer Jansen,", "Hallo Ans,") and its closing
 * with the writer's name ("Met vriendelijke groet, Anna de Vries"), and the answer form asks
 * whether an answer names its author.
 */
public final class Salutations {

    /** A greeting word at the start of an answer. */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:beste|geachte|hallo|hoi|hey|hi|dag|goedemorgen|goedemiddag|goedenavond|lieve|waarde|dear|hello)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A closing at the start of a line or after a sentence, and what follows it when that is only
     * a few short lines without a sentence (a name, a role, an organisation).
     */
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)(^|(?<=[.!?\\n]))\\s*(met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|"
                    + "met groet|groet(en|jes)?|kind regards|best regards|regards|yours sincerely)\\b[ \\t]*,?"
                    + "([ \\t]*[^\\n.!?]{0,60})?(\\n[^\\n.!?]{0,80}){0,3}\\s*$");
    /** The most words a salutation has: "Beste meneer en mevrouw van der Berg". */
    private static final int SALUTATION_WORDS = 8;

    /** Words in a name that say nothing about who it is: particles and titles. */
    private static final Set<String> NOT_A_NAME = Set.of("de", "den", "der", "van", "von", "het", "ter", "ten", "te",
            "la", "le", "el", "al", "bin", "mevrouw", "meneer", "heer", "mevr", "dhr", "mr", "mrs", "ms", "dr", "ir",
            "ing", "drs", "familie", "fam", "en");

    private Salutations() {}

    /** The answer without its salutation and closing; the answer itself when it has neither. */
    public static String strip(String answer) {
        if (answer == null) {
            return null;
        }
        String withoutClosing = CLOSING.matcher(answer).replaceFirst("");
        String kept = withoutClosing.isBlank() ? answer : withoutClosing.stripTrailing();
        return withoutSalutation(kept);
    }

    private static String withoutSalutation(String answer) {
        String text = answer.stripLeading();
        if (!GREETING.matcher(text).find()) {
            return answer;
        }
        int lineEnd = text.indexOf('\n');
        String line = (lineEnd < 0 ? text : text.substring(0, lineEnd)).strip();
        String rest = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
        int comma = line.indexOf(',');
        if (isSalutation(line) && (!rest.isBlank() || line.matches(".*[,:!]"))) {
            // "Beste mevrouw De Vries," on a line of its own
            return capitalised(rest.strip());
        }
        if (comma > 0 && isSalutation(line.substring(0, comma))) {
            // "Beste Ans, dank voor uw idee." on one line
            return capitalised((line.substring(comma + 1).strip() + (rest.isEmpty() ? "" : "\n" + rest)).strip());
        }
        return answer;
    }

    private static boolean isSalutation(String line) {
        String words = line.replaceAll("[,:!]$", "").strip();
        return !words.isEmpty() && !words.matches(".*[.?!;:,].*") && words.split("\\s+").length <= SALUTATION_WORDS;
    }

    private static String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first).toUpperCase(Locale.ROOT) + text.substring(first);
    }

    /**
     * Whether {@code text} contains the author's {@code name}, or a word of it that names them
     * (not "de", "van", "mevrouw"), as a whole word, whatever the case or accents.
     */
    public static boolean mentionsName(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return false;
        }
        String haystack = " " + plain(text) + " ";
        String plainName = plain(name);
        if (haystack.contains(" " + plainName + " ")) {
            return true;
        }
        return Arrays.stream(plainName.split(" ")).filter(word -> word.length() >= 2 && !NOT_A_NAME.contains(word))
                .anyMatch(word -> haystack.contains(" " + word + " "));
    }

    /** Lower case, no accents, only letters and digits between single spaces. */
    private static String plain(String value) {
        String noAccents = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
