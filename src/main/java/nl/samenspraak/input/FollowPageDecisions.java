package nl.samenspraak.input;

import java.util.List;
import java.util.UUID;

/**
 * The decisions an input is linked to, for the resident's follow page. Input does not know
 * decisions (the module that records them depends on input), so that module implements this.
 */
public interface FollowPageDecisions {

    /**
     * A decision as the follow page shows it.
     *
     * @param stateKey the message key of its implementation state
     * @param url      its public page
     */
    record LinkedDecision(UUID id, String title, String stateKey, String url) {}

    /** Newest first; one query. */
    List<LinkedDecision> of(UUID collaborationId, UUID inputId);
}
