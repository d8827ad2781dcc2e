package nl.samenspraak.roles;

/**
 * The standard roles every collaboration's catalogue starts with (issue 13, handvat 1), and {@link #CUSTOM} for a
 * role a coordinator added.
 */
public enum RoleKind {
    /** The fixed contact person; keeps the collaboration running. */
    COORDINATOR,
    /** A resident who takes part in the collaboration's work (bewonerslid). */
    RESIDENT_MEMBER,
    /** A resident who brings lived experience (ervaringsdeskundige). */
    EXPERIENCED_EXPERT,
    /** Sleutelfiguur, buurtverbinder or dorpsondersteuner: the local name is editable. */
    KEY_PERSON,
    /** A resident on the board (bewonerslid van het bestuur): always a decision role (handvat 6). */
    RESIDENT_BOARD_MEMBER,
    /** A member of the sounding board (klankbordgroep). */
    SOUNDING_BOARD_MEMBER,
    /** Staff of a member organisation. */
    PROFESSIONAL,
    /** A role the coordinator added to the catalogue. */
    CUSTOM
}
