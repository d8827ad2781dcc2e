package nl.samenspraak.ripple;

/** Who told an effect or took part, without a name: what reports, exports and other modules may know. */
public enum TellerKind {
    RESIDENT, PROFESSIONAL
}
