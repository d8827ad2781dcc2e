package nl.samenspraak.language;

/**
 * One problem in a text: {@code start} and {@code end} are character offsets (UTF-16, end exclusive) into the text as
 * it was sent, {@code text} is that part, and {@code suggestion} a plain alternative in the text's language, or null
 * when there is none.
 */
public record Finding(FindingKind kind, int start, int end, String text, String suggestion) {
}
