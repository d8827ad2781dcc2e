package nl.samenspraak.roles;

/** Who holds a role: a resident, or a staff member of the collaboration. */
public enum HolderKind {
    RESIDENT,
    STAFF
}
