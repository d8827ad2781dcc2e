package nl.samenspraak.vision;

import java.util.List;
import java.util.Optional;
import nl.samenspraak.collaboration.CollaborationId;

/** Read side of the shared vision for other modules (the monitoring report). */
public interface SharedVisions {

    /** The newest published version, if the collaboration has published one. */
    Optional<VisionVersion> current(CollaborationId collaboration);

    /** Every published version, oldest first. */
    List<VisionVersion> versions(CollaborationId collaboration);
}
