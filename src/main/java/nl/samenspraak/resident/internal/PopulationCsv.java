package nl.samenspraak.resident.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads population figures from a CSV file with the columns dimensie;groep;aantal. Everything is
 * checked before anything is stored: one wrong line rejects the whole file, with the line numbers
 * and what is wrong, so staff can fix the file and try again.
 */
final class PopulationCsv {

    static final int MAX_BYTES = 100 * 1024;
    static final int MAX_LINES = 5_000;
    static final long MAX_COUNT = 100_000_000L;
    static final int MAX_PROBLEMS = 10;
    private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,12}$");
    private static final Pattern NEGATIVE = Pattern.compile("^-\\s*[0-9]+$");

    /** A problem: a message key and the line it is on (0 for the whole file). */
    record Problem(int line, String key, String value) {}

    record Result(Map<Dimension, Map<String, Long>> counts, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private PopulationCsv() {}

    static Result parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return failed(new Problem(0, "resident.population.csv.empty", null));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(new Problem(0, "resident.population.csv.tooBig", null));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(new Problem(0, "resident.population.csv.notText", null));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length > MAX_LINES) {
            return failed(new Problem(0, "resident.population.csv.tooManyLines", null));
        }
        Map<Dimension, Map<String, Long>> counts = new EnumMap<>(Dimension.class);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || (i == 0 && isHeader(line))) {
                continue;
            }
            String[] cells = line.split(line.contains(";") ? ";" : ",", -1);
            if (cells.length != 3) {
                problems.add(new Problem(number, "resident.population.csv.columns", null));
                continue;
            }
            String dimension = unquote(cells[0]);
            String group = unquote(cells[1]);
            String count = unquote(cells[2]);
            if (NEGATIVE.matcher(count).matches()) {
                problems.add(new Problem(number, "resident.population.csv.negative", count));
                continue;
            }
            String formula = firstFormula(dimension, group, count);
            if (formula != null) {
                problems.add(new Problem(number, "resident.population.csv.formula", formula));
                continue;
            }
            var d = Dimension.ofCsv(dimension);
            if (d.isEmpty()) {
                problems.add(new Problem(number, "resident.population.csv.dimension", dimension));
                continue;
            }
            var g = d.get().groupForCsv(group);
            if (g.isEmpty()) {
                problems.add(new Problem(number, "resident.population.csv.group", group));
                continue;
            }
            if (!NUMBER.matcher(count).matches() || Long.parseLong(count) > MAX_COUNT) {
                problems.add(new Problem(number, "resident.population.csv.count", count));
                continue;
            }
            Map<String, Long> groups = counts.computeIfAbsent(d.get(), x -> new LinkedHashMap<>());
            if (groups.putIfAbsent(g.get(), Long.parseLong(count)) != null) {
                problems.add(new Problem(number, "resident.population.csv.duplicate", group));
            }
        }
        if (problems.isEmpty() && counts.isEmpty()) {
            problems.add(new Problem(0, "resident.population.csv.empty", null));
        }
        return new Result(problems.isEmpty() ? counts : Map.of(), problems);
    }

    private static boolean isHeader(String line) {
        String l = line.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("dimensie") || l.startsWith("dimension");
    }

    /** A cell that a spreadsheet would run as a formula: refused rather than stored. */
    private static String firstFormula(String... cells) {
        for (String c : cells) {
            if (!c.isEmpty() && "=+-@\t".indexOf(c.charAt(0)) >= 0) {
                return c.length() > 40 ? c.substring(0, 40) : c;
            }
        }
        return null;
    }

    private static String unquote(String cell) {
        String c = cell.strip();
        if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
            c = c.substring(1, c.length() - 1).strip();
        }
        return c.length() > 100 ? c.substring(0, 100) : c;
    }

    private static Result failed(Problem p) {
        return new Result(Map.of(), List.of(p));
    }
}
