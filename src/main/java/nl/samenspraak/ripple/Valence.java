package nl.samenspraak.ripple;

/** Whether an effect was good, bad or both for those it touched, as the teller sees it. */
public enum Valence {
    POSITIVE, NEGATIVE, MIXED
}
