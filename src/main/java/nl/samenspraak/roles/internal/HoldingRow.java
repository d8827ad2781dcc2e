package nl.samenspraak.roles.internal;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.roles.HolderKind;

/** A holding as stored; {@code residentId} is null once the resident was erased. */
record HoldingRow(UUID id, UUID roleId, HolderKind holder, UUID residentId, UUID staffId, UUID commitmentId,
                  LocalDate from, LocalDate until) {

    boolean ongoing(LocalDate today) {
        return until == null || !until.isBefore(today);
    }
}
