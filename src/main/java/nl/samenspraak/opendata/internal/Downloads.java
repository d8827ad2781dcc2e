package nl.samenspraak.opendata.internal;

import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.platform.Csv;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link Dataset} as JSON or CSV while its rows are read, so nothing waits for the whole list. */
final class Downloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Downloads() {}

    /** {"dataset": …, "licence": {…}, …, "<name>": [rows]} */
    static void json(Dataset dataset, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            for (Map.Entry<String, Object> entry : dataset.about().entrySet()) {
                json.writeName(entry.getKey());
                value(json, entry.getValue());
            }
            json.writeArrayPropertyStart(dataset.name());
            dataset.rows().each(row -> value(json, row));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** A header of the column names, then one line per row; lists become one cell (see {@link #cell}). */
    static void csv(Dataset dataset, Writer out) {
        Csv csv = Csv.withBom(out);
        csv.row(dataset.columns());
        dataset.rows().each(row -> {
            List<String> cells = new ArrayList<>(dataset.columns().size());
            for (String column : dataset.columns()) {
                cells.add(cell(row.get(column)));
            }
            csv.row(cells);
        });
    }

    /**
     * A value as one CSV cell: a list of texts joined with "; ", a list of records with " | " between records and
     * " – " between their fields (a decision: "id – title – state"), true/false, dates as 2026-12-31.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            boolean records = !list.isEmpty() && list.getFirst() instanceof Map;
            return list.stream().map(item -> item instanceof Map<?, ?> map
                            ? map.values().stream().map(Downloads::cell).collect(Collectors.joining(" – "))
                            : cell(item))
                    .collect(Collectors.joining(records ? " | " : "; "));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    private static void value(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Boolean b -> json.writeBoolean(b);
            case Enum<?> e -> json.writeString(e.name());
            case LocalDate d -> json.writeString(d.toString());
            case UUID id -> json.writeString(id.toString());
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeName(String.valueOf(entry.getKey()));
                    value(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    value(json, item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(value.toString());
        }
    }
}
