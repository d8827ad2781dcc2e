package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionChanged;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionSummary;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.AuditTrail;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads, lets the decision apply its rules, saves, and announces the change. */
@Service
class DecisionService implements DecisionBook {

    private final DecisionRows rows;
    private final InputViews inputs;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    DecisionService(DecisionRows rows, InputViews inputs, ApplicationEventPublisher events, AuditTrail audit,
                    Clock clock) {
        this.rows = rows;
        this.inputs = inputs;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public DecisionId record(UUID collaborationId, UUID processId, NewDecision draft, UUID staffId, String actor) {
        List<UUID> inputIds = draft.inputIds().stream().distinct().toList();
        // Only inputs of this collaboration are found; one of another collaboration looks like one of another process.
        Map<UUID, UUID> processOfInput = new HashMap<>();
        inputs.findAll(collaborationId, inputIds).forEach((id, input) -> processOfInput.put(id, input.processId()));
        Decision decision = Decision.take(collaborationId, processId, draft, processOfInput, clock);
        rows.insert(decision, inputIds, staffId, clock.instant());
        audit.record(collaborationId, actor, "decision.record", "decision", decision.id().value(),
                inputIds.size() + " inputs");
        events.publishEvent(new DecisionChanged(collaborationId, processId, decision.id(), 0));
        return decision.id();
    }

    @Override
    @Transactional
    public DecisionUpdate update(UUID collaborationId, DecisionId id, DecisionState state, String text, LocalDate date,
                                 UUID staffId, String actor) {
        Decision decision = rows.lock(collaborationId, id).orElseThrow(NotFoundException::new);
        Decision.Updated updated = decision.update(state, text, date, clock);
        rows.saveUpdate(updated.decision(), updated.update(), staffId, clock.instant());
        audit.record(collaborationId, actor, "decision.update", "decision", id.value(), state.name());
        events.publishEvent(new DecisionChanged(collaborationId, decision.processId(), id, updated.update().number()));
        return updated.update();
    }

    @Override
    public Optional<PublicDecision> find(UUID collaborationId, DecisionId id) {
        return rows.find(collaborationId, id);
    }

    @Override
    public Optional<PublicDecision> findPublic(DecisionId id) {
        return rows.findPublic(id);
    }

    @Override
    public List<PublicDecision> ofProcess(UUID collaborationId, UUID processId) {
        return rows.ofProcess(collaborationId, processId);
    }

    @Override
    public List<PublicDecision> ofCollaboration(UUID collaborationId) {
        return rows.ofCollaboration(collaborationId);
    }

    @Override
    public List<DecisionSummary> ofInput(UUID collaborationId, UUID inputId) {
        return rows.ofInputs(collaborationId, List.of(inputId)).getOrDefault(inputId, List.of());
    }

    @Override
    public Map<UUID, List<DecisionSummary>> ofInputs(UUID collaborationId, Collection<UUID> inputIds) {
        return rows.ofInputs(collaborationId, inputIds);
    }

    @Override
    public List<UUID> linkedInputs(UUID collaborationId, DecisionId id) {
        return rows.linkedInputs(collaborationId, id);
    }
}
