package nl.samenspraak.feedback;

import java.util.UUID;

/**
 * A decision was recorded ({@code change} 0) or got its {@code change}-th update. Listeners
 * tell residents once per (decision, change): a re-delivered event must not tell them twice.
 */
public record DecisionChanged(UUID collaborationId, UUID processId, DecisionId decisionId, int change) {}
