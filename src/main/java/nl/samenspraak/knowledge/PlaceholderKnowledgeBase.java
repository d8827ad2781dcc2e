package nl.samenspraak.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

// Temporary: lets modules that depend on KnowledgeBase start while the knowledge base is being built.
@Component
class PlaceholderKnowledgeBase implements KnowledgeBase {
    @Override
    public List<KnowledgeSuggestion> suggestionsFor(Theme theme, Locale locale, int limit) {
        return List.of();
    }

    @Override
    public List<KnowledgeSuggestion> methodsFor(Collection<String> targetGroups, String participationLevel, Locale locale, int limit) {
        return List.of();
    }
}
