package nl.samenspraak.ripple;

/** The community capitals (Flora &amp; Flora) an effect adds to or takes from; each has its sector on the map. */
public enum Capital {
    SOCIAL, HUMAN, POLITICAL, CULTURAL, NATURAL, BUILT, FINANCIAL
}
