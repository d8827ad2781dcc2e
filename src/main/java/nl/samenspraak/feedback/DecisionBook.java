package nl.samenspraak.feedback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The decisions of a collaboration: "u zei, wij deden". Recording a decision or an update
 * publishes {@link DecisionChanged}, so residents whose input it concerns are told. Linking an
 * input to a decision is not answering it: the input keeps its own answer.
 */
public interface DecisionBook {

    /**
     * @throws InvalidDecisionException when a rule is broken (also when an input belongs to another
     *                                   process or collaboration); nothing is stored then
     */
    DecisionId record(UUID collaborationId, UUID processId, NewDecision decision, UUID staffId, String actor);

    /** @throws nl.samenspraak.platform.NotFoundException for a decision of another collaboration */
    DecisionUpdate update(UUID collaborationId, DecisionId id, DecisionState state, String text, LocalDate date,
                          UUID staffId, String actor);

    Optional<PublicDecision> find(UUID collaborationId, DecisionId id);

    /** For the public decision page, which knows no collaboration: any decision by its id. */
    Optional<PublicDecision> findPublic(DecisionId id);

    /** Newest decided first, each with its updates; a fixed number of queries. */
    List<PublicDecision> ofProcess(UUID collaborationId, UUID processId);

    /** Newest decided first, for timelines and open data. */
    List<PublicDecision> ofCollaboration(UUID collaborationId);

    List<DecisionSummary> ofInput(UUID collaborationId, UUID inputId);

    /** For pages and exports listing many inputs: one query. Inputs without decisions are absent. */
    Map<UUID, List<DecisionSummary>> ofInputs(UUID collaborationId, Collection<UUID> inputIds);

    /** The inputs a decision answers, whose authors are told about it. */
    List<UUID> linkedInputs(UUID collaborationId, DecisionId id);
}
