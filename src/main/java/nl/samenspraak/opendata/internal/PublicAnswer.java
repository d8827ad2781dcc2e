package nl.samenspraak.opendata.internal;

import java.util.regex.Pattern;

/**
 * An answer as open data shows it: without the greeting that names the resident ("Beste mevrouw Jansen,") and
 * without the closing that names the staff member ("Met vriendelijke groet, Anna"), because open data carries no
 * names. What was answered stays as written.
 */
final class PublicAnswer {

    /** A greeting at the start, up to its comma, colon or line end, when short enough to be only a greeting. */
    private static final Pattern GREETING = Pattern.compile(
            "(?iu)^\\s*(beste|geachte|hallo|hoi|dag|goedendag|goedemorgen|goedemiddag|goedenavond|lieve|dear|hello|hi)"
                    + "\\b[^,:\\n!]{0,80}([,:!]|\\n)\\s*");
    /**
     * A closing at the start of a line or after a sentence, and what follows it when that is only a few short
     * lines without a sentence (a name, a role, an organisation).
     */
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)(^|(?<=[.!?\\n]))\\s*(met vriendelijke groet(en)?|vriendelijke groet(en)?|hartelijke groet(en)?|"
                    + "met groet|groet(en|jes)?|kind regards|best regards|regards|yours sincerely)\\b[ \\t]*,?"
                    + "([ \\t]*[^\\n.!?]{0,60})?(\\n[^\\n.!?]{0,80}){0,3}\\s*$");

    private PublicAnswer() {}

    static String of(String answer) {
        if (answer == null || answer.isBlank()) {
            return answer == null ? null : "";
        }
        String text = GREETING.matcher(answer).replaceFirst("");
        text = CLOSING.matcher(text).replaceFirst("");
        text = text.strip();
        if (text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
