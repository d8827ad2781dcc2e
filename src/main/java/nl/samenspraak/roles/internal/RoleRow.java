package nl.samenspraak.roles.internal;

import java.util.UUID;
import nl.samenspraak.roles.RoleKind;

/**
 * A role as stored, with how many residents and staff members hold it today. {@code name}, {@code expected} and
 * {@code offered} are null for a standard role whose words the coordinator did not change: they come from the bundle.
 */
record RoleRow(UUID id, RoleKind kind, String name, String expected, String offered, boolean decisionRole,
               boolean forResidents, boolean forStaff, int position, boolean archived, int residentsNow, int staffNow,
               int everHeld) {

    public boolean standard() {
        return kind != RoleKind.CUSTOM;
    }

    /** The resident board member is a decision role by definition (handvat 6); others the coordinator marks. */
    public boolean decisionFixed() {
        return kind == RoleKind.RESIDENT_BOARD_MEMBER;
    }
}
