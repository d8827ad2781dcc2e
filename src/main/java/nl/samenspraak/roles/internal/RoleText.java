package nl.samenspraak.roles.internal;

/**
 * What the coordinator typed for a role; null for a standard role's field means "the standard words".
 *
 * @param name     at most {@link RoleCatalogue#NAME} characters
 * @param expected at most {@link RoleCatalogue#TEXT} characters
 * @param offered  at most {@link RoleCatalogue#TEXT} characters
 */
record RoleText(String name, String expected, String offered, boolean decisionRole, boolean forResidents,
                boolean forStaff) {
}
