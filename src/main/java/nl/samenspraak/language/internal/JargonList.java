package nl.samenspraak.language.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.language.internal.JargonEdits.JargonEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Jargon and officialese with a plain (B1) alternative: phrase in lower case → alternative. The shipped list is
 * {@code language/nl/jargon.tsv}; administrators' edits ({@link JargonEdits}) come on top of it. The merged list is
 * kept in memory, because the checker reads it for every text: this node reloads it right after an edit made here,
 * and every node reloads it when it is older than {@link #STALE_AFTER}, so an edit made on another node counts here
 * within a minute without a query per check.
 */
@Component
class JargonList {

    static final String SHIPPED = "language/nl/jargon.tsv";
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(JargonList.class);

    /** What the list holds at one moment: the merged entries, the edits they came from, and when they were read. */
    record Snapshot(Map<String, String> entries, Map<String, JargonEdit> edits, Instant loadedAt) {}

    private final Map<String, String> shipped = Collections.unmodifiableMap(readTsv(SHIPPED));
    private final JargonEdits edits;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /** The shipped list alone, without administrators' edits: for unit tests of the checker without a database. */
    JargonList() {
        this.edits = null;
        this.clock = null;
        this.snapshot = new Snapshot(shipped, Map.of(), Instant.MAX);
    }

    @Autowired
    JargonList(JargonEdits edits, Clock clock) {
        this.edits = edits;
        this.clock = clock;
    }

    /** Every phrase with its alternative, as the checker should use it now: shipped plus edits. */
    Map<String, String> entries() {
        return current().entries();
    }

    /** The list as shipped in the file, before any edit. */
    Map<String, String> shipped() {
        return shipped;
    }

    /** The current snapshot: entries and the edits by phrase. */
    Snapshot current() {
        Snapshot known = snapshot;
        if (edits == null || known != null && clock.instant().isBefore(known.loadedAt().plus(STALE_AFTER))) {
            return known;
        }
        try {
            refresh();
        } catch (DataAccessException e) {
            // The checker keeps working with what it knew (or the shipped list) while the database is away.
            LOG.warn("Could not read the jargon edits; using the list as last read: {}", e.getMessage());
            Snapshot fallback = known != null ? known : new Snapshot(shipped, Map.of(), Instant.MIN);
            return fallback;
        }
        return snapshot;
    }

    /** Reads the edits again; called right after an edit on this node. */
    void refresh() {
        if (edits == null) {
            return;
        }
        Instant now = clock.instant();
        Map<String, String> merged = new LinkedHashMap<>(shipped);
        Map<String, JargonEdit> byPhrase = new LinkedHashMap<>();
        for (JargonEdit edit : edits.all()) {
            byPhrase.put(edit.phrase(), edit);
            if (edit.removed()) {
                merged.remove(edit.phrase());
            } else {
                merged.put(edit.phrase(), edit.alternative());
            }
        }
        Snapshot before = snapshot;
        // The same map while nothing changed: the checker rebuilds its phrase index only when the map is another one.
        Map<String, String> entries = before != null && before.entries().equals(merged) ? before.entries()
                : Collections.unmodifiableMap(merged);
        snapshot = new Snapshot(entries, Collections.unmodifiableMap(byPhrase), now);
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
