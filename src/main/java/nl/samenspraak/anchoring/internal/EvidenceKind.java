package nl.samenspraak.anchoring.internal;

import nl.samenspraak.anchoring.Strategy;

/** What a piece of evidence is; each kind belongs to one strategy and asks for its own fields. */
enum EvidenceKind {
    KEY_PERSON(Strategy.KEY_PERSONS),
    INFRASTRUCTURE(Strategy.INFRASTRUCTURE),
    TRAINING(Strategy.KNOWLEDGE_AND_TRAINING),
    KNOWLEDGE(Strategy.KNOWLEDGE_AND_TRAINING),
    POLICY_ITEM(Strategy.POLICY),
    LEGAL_FORM(Strategy.LEGAL),
    FUNDING(Strategy.FINANCIAL);

    private final Strategy strategy;

    EvidenceKind(Strategy strategy) {
        this.strategy = strategy;
    }

    Strategy strategy() {
        return strategy;
    }

    /** The kind from a form or URL value; empty for anything else (a tampered value). */
    static java.util.Optional<EvidenceKind> parse(String value) {
        for (EvidenceKind k : values()) {
            if (k.name().equals(value)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
