package nl.samenspraak.feedback;

/** What an input's follow page and the API show about a decision it is linked to. */
public record DecisionSummary(DecisionId id, String title, DecisionState state) {}
