package nl.samenspraak.feedback.internal;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.input.FollowPageDecisions;
import org.springframework.stereotype.Component;

/** Shows a resident, on their follow page, the decisions their input is linked to. */
@Component
class FollowPageDecisionLinks implements FollowPageDecisions {

    private final DecisionBook decisions;

    FollowPageDecisionLinks(DecisionBook decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<LinkedDecision> of(UUID collaborationId, UUID inputId) {
        return decisions.ofInput(collaborationId, inputId).stream()
                .map(d -> new LinkedDecision(d.id().value(), d.title(), "decision.state." + d.state().name(),
                        PublicDecisionController.path(d.id())))
                .toList();
    }
}
