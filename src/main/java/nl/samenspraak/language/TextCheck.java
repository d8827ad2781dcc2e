package nl.samenspraak.language;

import java.util.List;
import java.util.Map;

/**
 * The checker's verdict on one text.
 *
 * @param language   "nl" or "en"
 * @param level      the overall verdict
 * @param score      the scores: for Dutch {@code lint}, {@code fleschDouma} and {@code leesindexA}; for English
 *                   {@code flesch}; a score that does not apply is absent
 * @param components the LiNT-style components (Dutch) by name, for instance {@code wordFrequency}
 * @param findings   the problems, in the order of the text
 */
public record TextCheck(String language, Level level, Map<String, Double> score, Map<String, Double> components,
                        List<Finding> findings, int sentences, int words) {

    public TextCheck {
        // Kept in the order given, so the API and the page list them the same way every time.
        score = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(score));
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        findings = List.copyOf(findings);
    }

    public boolean atB1() {
        return level == Level.B1;
    }
}
