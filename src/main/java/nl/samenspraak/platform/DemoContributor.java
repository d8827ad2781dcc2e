package nl.samenspraak.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A module adds its own demo content (meetings, pool members, claims...) through its own
 * internal API, so the demo loader does not need to reach into every module. Called once per
 * demo collaboration, after its staff and processes exist, inside the demo's one transaction.
 */
public interface DemoContributor {

    void contribute(DemoCollaboration collaboration);

    /**
     * @param processIds the collaboration's demo processes in file order
     * @param today      the demo's "today": dates are relative to it so overdue stays overdue
     */
    record DemoCollaboration(UUID collaborationId, String slug, String name, UUID coordinatorId,
                             String coordinatorEmail, List<UUID> processIds, LocalDate today) {}
}
