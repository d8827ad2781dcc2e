package nl.samenspraak.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What other modules may ask of the knowledge base. Everything else in this module stays internal.
 */
public interface KnowledgeBase {

    /**
     * Items that help a collaboration that scores weakly on a theme: the theme's own page,
     * methods that serve it and practice examples that show it, best first.
     */
    List<KnowledgeSuggestion> suggestionsFor(Theme theme, Locale locale, int limit);

    /**
     * Methods that fit a process: its target groups (free text as typed by staff, matched
     * loosely) and its participation level (the name of {@code process.ParticipationLevel}).
     */
    List<KnowledgeSuggestion> methodsFor(Collection<String> targetGroups, String participationLevel, Locale locale, int limit);

    /**
     * How many lessons a collaboration wrote down from {@code since} on, and how many of those are
     * shared with everyone. Read by the anchoring monitor (knowledge sharing).
     */
    LessonsShared lessonsSince(java.util.UUID collaborationId, java.time.Instant since);
}
