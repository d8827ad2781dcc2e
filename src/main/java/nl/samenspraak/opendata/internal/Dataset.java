package nl.samenspraak.opendata.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One download, the same for CSV and JSON: what it is about (the head of the JSON: collaboration, licence,
 * figures), its columns (the fields the data dictionary describes) and its rows, which are read in pages and
 * handed on one by one, so a process with thousands of inputs is never held in memory as one list.
 */
record Dataset(String name, String fileName, Map<String, Object> about, List<String> columns, Rows rows) {

    /** Hands every row to {@code sink}, in order; a row maps each column to a value (null when unknown). */
    @FunctionalInterface
    interface Rows {
        void each(Consumer<Map<String, Object>> sink);
    }
}
