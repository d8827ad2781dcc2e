package nl.samenspraak.anchoring;

/**
 * How well one strategy is anchored. The rules per strategy are in {@link Anchoring}.
 * Ordered strongest first, so a lower ordinal is better.
 */
public enum Standing {
    /** Everything the strategy asks for is in place and nothing essential runs out within 12 months. */
    IN_PLACE,
    /** Something is in place, but part is missing or the main support runs out within 12 months. */
    PARTLY,
    /** Nothing is in place. */
    MISSING;

    /** Message key of the standing in words, in bundle {@code i18n/anchoring}. */
    public String messageKey() {
        return "anchoring.standing." + name();
    }
}
