package nl.samenspraak.knowledge;

/**
 * One item of the knowledge base offered to a user elsewhere in the platform.
 *
 * @param type    what it is, as message key suffix: theme, method, example, lesson, ladder
 * @param title   title in the requested language
 * @param summary one or two plain sentences in the requested language
 * @param path    the page of the item, e.g. {@code /kennisbank/werkvormen/abcd}
 * @param reason  why it is suggested, already in the requested language (may be empty)
 */
public record KnowledgeSuggestion(String type, String title, String summary, String path, String reason) {}
