package nl.samenspraak.selfscan.internal;

import java.util.List;
import nl.samenspraak.knowledge.KnowledgeSuggestion;
import nl.samenspraak.selfscan.internal.RoundResults.ThemeResult;

/** A theme that scored low, with what the knowledge base offers to work on it. */
record WeakTheme(ThemeResult result, List<KnowledgeSuggestion> suggestions) {

    /** How many low themes get suggestions, and how many suggestions each. */
    static final int THEMES = 3;
    static final int SUGGESTIONS = 4;
}
