package nl.samenspraak.anchoring;

/**
 * An item from the knowledge base offered for the weakest strategy.
 *
 * @param title   title in the requested language
 * @param summary one or two plain sentences in the requested language
 * @param path    the item's page, e.g. {@code /kennisbank/thema/financiele-duurzaamheid}
 */
public record Suggestion(String title, String summary, String path) {}
