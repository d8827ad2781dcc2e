package nl.samenspraak.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides personal-link tokens from staff screens. A personal link is the
 * resident's key (to their data, their pool page, a claim, a commitment, a password reset); a
 * staff member who could read it could act as the resident unaudited. So every staff page that
 * shows a message text (outbox, call lists, the post-and-call queue) passes it through here.
 *
 * <p>Tokens are recognised by their form, not by the link's path, so that a new kind of link
 * cannot slip through: {@code Residents.issueLink} makes 32 base64url characters, the zelfscan
 * 22, and any future secret is a long random run as well. A run of 16 or more URL-safe
 * characters is masked unless it reads like a word or a slug (only lower-case letters and
 * hyphens, with at most a capital first letter): such a run is too regular to be random. UUIDs
 * and IBANs are masked too; staff lose nothing they cannot find on their own pages.
 */
public final class PersonalLinkMask {

    /** What staff see instead of a token. */
    public static final String MASK = "••••••";

    private static final Pattern RUN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])");
    private static final Pattern RUN_IN_LINK = Pattern.compile("(?<=[/=])[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]?[a-z-]*");

    /** A text as staff may see it, and whether anything was hidden (the page then says why). */
    public record Masked(String text, boolean masked) {}

    private PersonalLinkMask() {}

    public static Masked mask(String text) {
        return mask(text, RUN);
    }

    /**
     * Masks only tokens that stand in a link (after a {@code /} or {@code =}), for whole documents that
     * staff hand to a resident, such as a data export made on their behalf: there the ids and the bank
     * account in other fields must stay as they are, while old mails quoted in it lose their live links.
     */
    public static String maskLinks(String text) {
        return mask(text, RUN_IN_LINK).text();
    }

    private static Masked mask(String text, Pattern runs) {
        if (text == null || text.isEmpty()) {
            return new Masked(text, false);
        }
        Matcher m = runs.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean masked = false;
        while (m.find()) {
            if (looksRandom(m.group())) {
                m.appendReplacement(out, MASK);
                masked = true;
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(out);
        return new Masked(out.toString(), masked);
    }

    /** Shorthand where only the text is needed. */
    public static String masked(String text) {
        return mask(text).text();
    }

    private static boolean looksRandom(String run) {
        return !WORD.matcher(run).matches();
    }
}
