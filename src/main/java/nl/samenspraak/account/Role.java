package nl.samenspraak.account;

/** A staff member's role in one collaboration, strongest first. */
public enum Role {
    /** The fixed contact person residents see; may set up processes. */
    COORDINATOR,
    /** Staff of a member organisation: captures and answers input. */
    PROFESSIONAL,
    /** Reads only, and never residents' personal data (docs/roles.md). */
    VIEWER,
    /**
     * A board member (bestuurder): reads only the collaboration's yearly report, never residents' personal data.
     * Weakest, so every existing {@code includes} check keeps refusing it.
     */
    BOARD;

    public boolean includes(Role required) {
        return this.ordinal() <= required.ordinal();
    }
}
