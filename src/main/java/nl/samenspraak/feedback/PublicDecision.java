package nl.samenspraak.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision as anyone may read it: no staff names, only who decided as an office
 * ("college van B&W"). {@code updates} are oldest first; {@code state} is the newest one.
 */
public record PublicDecision(DecisionId id, UUID collaborationId, UUID processId, String title, String text,
                             String decidedBy, LocalDate decidedOn, String reasons, DecisionState state,
                             int inputCount, List<DecisionUpdate> updates) {

    public PublicDecision {
        updates = List.copyOf(updates);
    }

    /** The newest update, or none while the decision has had no news since it was taken. */
    public java.util.Optional<DecisionUpdate> latestUpdate() {
        return updates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(updates.getLast());
    }

    /** The day of the newest news about this decision: for timelines and feeds. */
    public LocalDate lastChangedOn() {
        return latestUpdate().map(DecisionUpdate::date).orElse(decidedOn);
    }
}
