package nl.samenspraak.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionLimits;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.InvalidDecisionException;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.platform.Text;

/**
 * A decision taken with residents' input. It owns the rules of recording and of telling how it
 * is carried out; every method either returns the new state or throws without changing anything.
 *
 * @param changes how many updates it has had; the next update gets number {@code changes + 1}
 */
record Decision(DecisionId id, UUID collaborationId, UUID processId, String title, String text,
                       String decidedBy, LocalDate decidedOn, String reasons, DecisionState state, int changes) {

    /** A decision and the update that made it, as stored together. */
    record Updated(Decision decision, DecisionUpdate update) {}

    /** The decision as read for a page, to check an update against its rules before anything is stored. */
    static Decision of(nl.samenspraak.feedback.PublicDecision d) {
        return new Decision(d.id(), d.collaborationId(), d.processId(), d.title(), d.text(), d.decidedBy(),
                d.decidedOn(), d.reasons(), d.state(), d.updates().size());
    }

    /**
     * Records a decision. Starts as {@link DecisionState#PLANNED}: carrying out is told by updates.
     *
     * @param processOfInput for each chosen input the process it belongs to (inputs of another
     *                       collaboration are simply absent, and refused like inputs of another process)
     */
    static Decision take(UUID collaborationId, UUID processId, NewDecision draft,
                                Map<UUID, UUID> processOfInput, Clock clock) {
        String title = required(draft.title(), "title", DecisionLimits.TITLE);
        String text = required(draft.text(), "text", DecisionLimits.TEXT);
        String decidedBy = required(draft.decidedBy(), "decidedBy", DecisionLimits.DECIDED_BY);
        String reasons = Text.cleanOrNull(draft.reasons());
        if (reasons != null && reasons.length() > DecisionLimits.REASONS) {
            throw new InvalidDecisionException("reasons", "decision.error.reasons.tooLong");
        }
        if (draft.decidedOn() == null) {
            throw new InvalidDecisionException("decidedOn", "decision.error.decidedOn.required");
        }
        if (draft.decidedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidDecisionException("decidedOn", "decision.error.decidedOn.future");
        }
        checkInputs(draft.inputIds(), processId, processOfInput);
        return new Decision(new DecisionId(UUID.randomUUID()), collaborationId, processId, title, text, decidedBy,
                draft.decidedOn(), reasons, DecisionState.PLANNED, 0);
    }

    /**
     * A step in carrying it out. A done or stopped decision can still get news (it may be taken up
     * again, or a result may need correcting): honest news is never refused, only checked.
     */
    Updated update(DecisionState newState, String updateText, LocalDate date, Clock clock) {
        if (newState == null) {
            throw new InvalidDecisionException("state", "decision.error.state.required");
        }
        String cleaned = Text.cleanOrNull(updateText);
        if (newState.needsReason() && cleaned == null) {
            throw new InvalidDecisionException("text", "decision.error.update.reasonRequired");
        }
        if (cleaned != null && cleaned.length() > DecisionLimits.UPDATE_TEXT) {
            throw new InvalidDecisionException("text", "decision.error.update.tooLong");
        }
        if (date == null) {
            throw new InvalidDecisionException("date", "decision.error.update.date.required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidDecisionException("date", "decision.error.update.date.future");
        }
        if (date.isBefore(decidedOn)) {
            throw new InvalidDecisionException("date", "decision.error.update.date.beforeDecision");
        }
        DecisionUpdate update = new DecisionUpdate(changes + 1, newState, cleaned, date);
        Decision next = new Decision(id, collaborationId, processId, title, text, decidedBy, decidedOn, reasons,
                newState, changes + 1);
        return new Updated(next, update);
    }

    private static void checkInputs(Collection<UUID> inputIds, UUID processId, Map<UUID, UUID> processOfInput) {
        if (inputIds.size() > DecisionLimits.INPUTS) {
            throw new InvalidDecisionException("inputIds", "decision.error.inputs.tooMany");
        }
        for (UUID inputId : inputIds) {
            if (!processId.equals(processOfInput.get(inputId))) {
                throw new InvalidDecisionException("inputIds", "decision.error.inputs.otherProcess");
            }
        }
    }

    private static String required(String value, String field, int maxLength) {
        String cleaned = Text.cleanOrNull(value);
        if (cleaned == null) {
            throw new InvalidDecisionException(field, "decision.error." + field + ".required");
        }
        if (cleaned.length() > maxLength) {
            throw new InvalidDecisionException(field, "decision.error." + field + ".tooLong");
        }
        return cleaned;
    }
}
