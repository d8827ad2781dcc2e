package nl.samenspraak.anchoring;

import nl.samenspraak.knowledge.Theme;

/**
 * The six anchoring strategies of seed 004, chapter 4, in the order the seed names them.
 * The name is stored and used in URLs: never rename a constant.
 */
public enum Strategy {
    /** Sleutelpersonen: people who carry the work on, and whether they stay. */
    KEY_PERSONS(Theme.KEY_PEOPLE),
    /** Infrastructuur: meeting series that keep being held. */
    INFRASTRUCTURE(Theme.INFRASTRUCTURE),
    /** Kennisdeling en training: trainings given and lessons shared. */
    KNOWLEDGE_AND_TRAINING(Theme.KNOWLEDGE_AND_TRAINING),
    /** Beleidsverankering: participation fixed in the way the partners decide. */
    POLICY(Theme.POLICY_ANCHORING),
    /** Juridische borging: a legal form of its own. */
    LEGAL(Theme.LEGAL_ANCHORING),
    /** Financiële duurzaamheid: structural money rather than project money only. */
    FINANCIAL(Theme.FINANCIAL_SUSTAINABILITY);

    private final Theme theme;

    Strategy(Theme theme) {
        this.theme = theme;
    }

    /** The knowledge base theme for this strategy, for suggestions. */
    public Theme theme() {
        return theme;
    }

    /** Message key of the strategy's name, in bundle {@code i18n/anchoring}. */
    public String messageKey() {
        return "anchoring.strategy." + name();
    }
}
