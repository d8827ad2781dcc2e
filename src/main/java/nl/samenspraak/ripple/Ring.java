package nl.samenspraak.ripple;

/** How far an effect lies from the activities it grew from: the three rings of the ripple map, inside out. */
public enum Ring {
    /** Changed for the people who took part. */
    DIRECT,
    /** Changed for people around them: family, neighbours, organisations. */
    INDIRECT,
    /** Changed for the village, neighbourhood or region as a whole. */
    COMMUNITY
}
