package nl.samenspraak.language;

/** How hard a text is, against the B1 level that about three in four Dutch adults read with ease. */
public enum Level {
    /** At or below B1. */
    B1,
    /** Above B1: many residents will struggle. */
    ABOVE_B1,
    /** Well above B1: most residents will not understand it. */
    WELL_ABOVE_B1
}
