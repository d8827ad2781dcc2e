package nl.samenspraak.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Jargon and officialese with a plain (B1) alternative: phrase in lower case → alternative. The shipped list is
 * {@code language/nl/jargon.tsv}; administrators' edits come on top of it.
 */
@Component
class JargonList {

    static final String SHIPPED = "language/nl/jargon.tsv";

    private final Map<String, String> shipped = Collections.unmodifiableMap(readTsv(SHIPPED));

    /** Every phrase with its alternative, as the checker should use it now. */
    Map<String, String> entries() {
        return shipped;
    }

    /** Reads a tab-separated list of {@code key<TAB>value} lines; {@code #} starts a comment line. */
    static Map<String, String> readTsv(String resource) {
        Map<String, String> entries = new LinkedHashMap<>();
        var file = new ClassPathResource(resource);
        if (!file.exists()) {
            return entries;
        }
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                entries.put(parts[0].strip().toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
