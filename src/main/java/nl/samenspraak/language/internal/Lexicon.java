package nl.samenspraak.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * The checker's word lists and rules, all data under {@code language/}: the lists a data file may or may not
 * provide yet ({@code english.tsv}, {@code abstract-nouns.txt}, {@code abbreviations.tsv}, {@code known-words.txt};
 * a missing file is an empty list) and the checker's own frequency list, hyphenation patterns, grammar words and
 * suggestion texts. Loaded once; immutable, so shared by every thread.
 */
final class Lexicon {

    static final String SHIPPED = "language/nl/";

    final Map<String, String> english;
    final Set<String> abstractNouns;
    final List<String> abstractSuffixes;
    final Map<String, String> abbreviations;
    final Set<String> knownWords;
    final Properties rules;
    final Properties dutchSuggestions;
    final Properties englishSuggestions;
    final WordFrequencies frequencies;
    final Hyphenation hyphenation;

    private Lexicon(String lists, Shared shared) {
        english = JargonList.readTsv(lists + "english.tsv");
        Set<String> nouns = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (String line : lines(lists + "abstract-nouns.txt")) {
            String entry = line.strip().toLowerCase(Locale.ROOT);
            if (entry.startsWith("suffix:")) {
                suffixes.add(entry.substring("suffix:".length()).replaceFirst("^-", "").strip());
            } else {
                nouns.add(entry);
            }
        }
        abstractNouns = Collections.unmodifiableSet(nouns);
        abstractSuffixes = List.copyOf(suffixes);
        abbreviations = readCaseKept(lists + "abbreviations.tsv");
        Set<String> known = new HashSet<>();
        lines(lists + "known-words.txt").forEach(word -> known.add(word.strip().toLowerCase(Locale.ROOT)));
        knownWords = Collections.unmodifiableSet(known);
        rules = shared.rules;
        dutchSuggestions = shared.dutchSuggestions;
        englishSuggestions = shared.englishSuggestions;
        frequencies = shared.frequencies;
        hyphenation = shared.hyphenation;
    }

    /** The lists shipped in {@code language/nl/}. */
    static Lexicon shipped() {
        return new Lexicon(SHIPPED, Shared.INSTANCE);
    }

    /** Lists from another folder on the class path (tests), with the shipped frequencies, patterns and rules. */
    static Lexicon withLists(String folder) {
        return new Lexicon(folder, Shared.INSTANCE);
    }

    Set<String> rule(String key) {
        return Set.copyOf(Arrays.asList(rules.getProperty(key, "").split("\\s*,\\s*")));
    }

    String suggestion(boolean dutch, String key, Object... arguments) {
        String template = (dutch ? dutchSuggestions : englishSuggestions).getProperty(key);
        if (template == null) {
            return null;
        }
        return arguments.length == 0 ? template
                : new MessageFormat(template.replace("'", "''"), dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH)
                        .format(arguments);
    }

    boolean isAbstract(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (abstractNouns.contains(lower)) {
            return true;
        }
        for (String suffix : abstractSuffixes) {
            if (lower.length() > suffix.length() + 2 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Lines of a class-path text file without blank and {@code #} lines; none when it does not exist. */
    static List<String> lines(String resource) {
        var file = new ClassPathResource(resource);
        if (!file.exists()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static Map<String, String> readCaseKept(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            String[] parts = line.split("\t", 2);
            entries.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
        }
        return Collections.unmodifiableMap(entries);
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(String.join("\n", lines(resource))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The large data, read once per JVM (about 50,000 words and 16,000 patterns). */
    private static final class Shared {
        static final Shared INSTANCE = new Shared();

        final Properties rules = properties(SHIPPED + "rules.properties");
        final Properties dutchSuggestions = properties(SHIPPED + "suggestions.properties");
        final Properties englishSuggestions = properties("language/en/suggestions.properties");
        final WordFrequencies frequencies = new WordFrequencies(lines(SHIPPED + "frequency.txt"));
        final Hyphenation hyphenation = new Hyphenation(lines(SHIPPED + "hyphenation.txt"));
    }
}
