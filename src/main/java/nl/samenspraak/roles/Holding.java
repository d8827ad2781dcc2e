package nl.samenspraak.roles;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One period in which someone held a role, without a name: enough to show continuity of key persons and count
 * residents in decision roles over time.
 *
 * @param roleId              the role held
 * @param kind                the role's kind
 * @param holder              a resident or a staff member
 * @param decisionRole        whether the role is a decision role (as it is marked now)
 * @param from                first day held
 * @param until               last day held; {@code null} while ongoing
 * @param fromPoolCommitment  whether the holding came from a resident's pool commitment
 */
public record Holding(UUID roleId, RoleKind kind, HolderKind holder, boolean decisionRole, LocalDate from,
                      LocalDate until, boolean fromPoolCommitment) {

    /** Whether the holding covers {@code day}. */
    public boolean heldOn(LocalDate day) {
        return !from.isAfter(day) && (until == null || !until.isBefore(day));
    }
}
