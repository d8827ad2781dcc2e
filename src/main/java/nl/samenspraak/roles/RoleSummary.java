package nl.samenspraak.roles;

import java.util.UUID;

/**
 * One role of a collaboration's catalogue, without any holder's name: safe for public pages and the board view.
 *
 * @param id                 the role
 * @param kind               a {@link RoleKind} name, {@code CUSTOM} for a role the coordinator added
 * @param name               the name in the collaboration's own words (e.g. "dorpsondersteuner")
 * @param expected           what is expected of whoever holds it (tasks, time)
 * @param offered            what the collaboration offers in return (support, training, reimbursement)
 * @param decisionRole       whether holding it means taking part in decisions (handvat 6)
 * @param forResidents       whether residents may hold it
 * @param residentHoldersNow how many residents hold it today
 * @param staffHoldersNow    how many staff members hold it today
 */
public record RoleSummary(UUID id, String kind, String name, String expected, String offered, boolean decisionRole,
                          boolean forResidents, int residentHoldersNow, int staffHoldersNow) {
}
