package nl.samenspraak.knowledge.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain synonyms for the search, read from {@code knowledge/synonyms.txt} (data, not code): a
 * visitor who types "eenzaamheid" also finds "eenzaam" and "isolement", "ouderen" also finds
 * "senioren". One group per line; a word in several groups gets all of them.
 */
@Component
class KnowledgeSynonyms {

    static final String FILE = "knowledge/synonyms.txt";
    /** The same words {@link SearchQuery} reads from a search text; anything else could break to_tsquery. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Map<String, Set<String>> byWord;
    private final int groups;

    KnowledgeSynonyms() {
        this(read(FILE));
    }

    KnowledgeSynonyms(List<List<String>> groups) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (List<String> group : groups) {
            for (String word : group) {
                map.computeIfAbsent(word, w -> new LinkedHashSet<>(List.of(w))).addAll(group);
            }
        }
        this.byWord = map;
        this.groups = groups.size();
    }

    /** The word itself first, then its synonyms. */
    List<String> of(String word) {
        return List.copyOf(byWord.getOrDefault(word, Set.of(word)));
    }

    boolean known(String word) {
        return byWord.containsKey(word);
    }

    int groups() {
        return groups;
    }

    static List<List<String>> read(String path) {
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String part : line.split(",")) {
                    String word = part.strip().toLowerCase(Locale.ROOT);
                    if (WORD.matcher(word).matches() && !group.contains(word)) {
                        group.add(word);
                    }
                }
                if (group.size() > 1) {
                    out.add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
