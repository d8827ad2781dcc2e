package nl.samenspraak.resident.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Who is at the table": participants of a scope (the pool, a process, a meeting series) compared
 * with the population of an area, per question, with missing and under-represented groups named,
 * and which channels and partner organisations brought in which groups. Only aggregates leave
 * this class, suppressed by {@link Suppression}.
 */
@Service
class Representation {

    /** A group whose share among participants is below this part of its share in the population is under-represented. */
    static final double UNDER = 0.7;

    /** Where participants are counted: {@code kind} pool, process or series, with the id for the last two. */
    record Scope(String kind, UUID id) {
        static Scope parse(String value) {
            if (value == null || value.isBlank() || value.equals("pool")) {
                return new Scope("pool", null);
            }
            int colon = value.indexOf(':');
            if (colon > 0 && List.of("process", "series").contains(value.substring(0, colon))) {
                String kind = value.substring(0, colon);
                return Ids.parseUuid(value.substring(colon + 1)).map(id -> new Scope(kind, id)).orElse(null);
            }
            return null;
        }

        String value() {
            return id == null ? kind : kind + ":" + id;
        }
    }

    /** A shown count, or why not: {@code state} SHOWN, SMALL ("minder dan 10") or HIDDEN. */
    record Cell(long value, Suppression.State state) {
        public boolean shown() {
            return state == Suppression.State.SHOWN;
        }
    }

    enum Verdict { OK, UNDER, MISSING, UNKNOWN }

    record GroupRow(String group, Cell participants, Integer participantPercent, Long population,
                    Integer populationPercent, Verdict verdict) {}

    /** A cross-table: one row per channel or organisation, one cell per group, and the row total. */
    record CrossRow(String key, List<Cell> cells, Cell total) {}

    record DimensionView(Dimension dimension, Cell answered, List<GroupRow> groups, boolean comparable,
                         List<String> missing, List<String> under, List<CrossRow> byChannel, List<CrossRow> byOrganisation) {}

    record Comparison(int participants, List<DimensionView> dimensions) {}

    private record Participant(String channel, UUID organisation, Map<Dimension, String> answers) {}

    private final JdbcClient jdbc;

    Representation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Comparison compare(UUID collaborationId, Scope scope, Populations.Counts population) {
        List<Participant> participants = participants(collaborationId, scope);
        List<DimensionView> views = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            views.add(dimension(d, participants, population.of(d)));
        }
        return new Comparison(participants.size(), views);
    }

    private DimensionView dimension(Dimension d, List<Participant> all, Map<String, Long> population) {
        List<Participant> answered = all.stream().filter(p -> p.answers().get(d) != null).toList();
        Set<String> groups = new LinkedHashSet<>(d.open() ? population.keySet() : d.groups());
        boolean outside = d.open() && !population.isEmpty()
                && answered.stream().anyMatch(p -> !population.containsKey(p.answers().get(d)));
        if (d.open() && population.isEmpty()) {
            answered.forEach(p -> groups.add(p.answers().get(d)));
        }
        if (outside) {
            groups.add("OTHER");
        }
        List<String> columns = List.copyOf(groups);
        List<String> channels = answered.stream().map(Participant::channel).distinct().sorted().toList();
        List<String> organisations = answered.stream().map(p -> p.organisation() == null ? "" : p.organisation().toString())
                .distinct().sorted().toList();

        // Cells: [0] answered total, [1..G] groups, then channel rows (G cells + total), then organisation rows.
        int g = columns.size();
        int size = 1 + g + (channels.size() + organisations.size()) * (g + 1);
        long[] values = new long[size];
        for (Participant p : answered) {
            int col = columns.indexOf(column(d, p.answers().get(d), population, outside));
            values[0]++;
            values[1 + col]++;
            int ch = channels.indexOf(p.channel());
            values[chCell(g, ch, col)]++;
            values[chCell(g, ch, g)]++;
            int o = organisations.indexOf(p.organisation() == null ? "" : p.organisation().toString());
            values[orgCell(g, channels.size(), o, col)]++;
            values[orgCell(g, channels.size(), o, g)]++;
        }
        List<Suppression.Line> lines = new ArrayList<>();
        lines.add(new Suppression.Line(range(1, g), 0));
        addCrossLines(lines, g, channels.size(), r -> chCell(g, r, 0));
        addCrossLines(lines, g, organisations.size(), r -> orgCell(g, channels.size(), r, 0));
        Suppression.State[] states = Suppression.apply(values, lines);

        long popTotal = population.values().stream().mapToLong(Long::longValue).sum();
        boolean comparable = values[0] >= Suppression.MIN && popTotal > 0;
        List<GroupRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> under = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            String group = columns.get(i);
            Cell cell = new Cell(values[1 + i], states[1 + i]);
            Long pop = group.equals("OTHER") ? null : population.get(group);
            Verdict verdict = Verdict.UNKNOWN;
            if (comparable && pop != null && pop > 0) {
                double share = (double) values[1 + i] / values[0];
                double popShare = (double) pop / popTotal;
                verdict = values[1 + i] == 0 ? Verdict.MISSING : share < UNDER * popShare ? Verdict.UNDER : Verdict.OK;
            }
            if (verdict == Verdict.MISSING) {
                missing.add(group);
            } else if (verdict == Verdict.UNDER) {
                under.add(group);
            }
            boolean percentShown = cell.shown() && states[0] == Suppression.State.SHOWN && values[0] > 0;
            rows.add(new GroupRow(group, cell, percentShown ? percent(values[1 + i], values[0]) : null, pop,
                    pop != null && popTotal > 0 ? percent(pop, popTotal) : null, verdict));
        }
        List<CrossRow> byChannel = new ArrayList<>();
        for (int r = 0; r < channels.size(); r++) {
            byChannel.add(crossRow(channels.get(r), chCell(g, r, 0), g, values, states));
        }
        List<CrossRow> byOrganisation = new ArrayList<>();
        for (int r = 0; r < organisations.size(); r++) {
            byOrganisation.add(crossRow(organisations.get(r), orgCell(g, channels.size(), r, 0), g, values, states));
        }
        return new DimensionView(d, new Cell(values[0], states[0]), rows, comparable, missing, under, byChannel,
                byOrganisation);
    }

    private static String column(Dimension d, String value, Map<String, Long> population, boolean outside) {
        return outside && !population.containsKey(value) ? "OTHER" : value;
    }

    private static void addCrossLines(List<Suppression.Line> lines, int g, int rows, java.util.function.IntUnaryOperator first) {
        if (rows == 0) {
            return;
        }
        int[] rowTotals = new int[rows];
        for (int r = 0; r < rows; r++) {
            int start = first.applyAsInt(r);
            lines.add(new Suppression.Line(range(start, g), start + g));
            rowTotals[r] = start + g;
        }
        for (int col = 0; col < g; col++) {
            int[] members = new int[rows];
            for (int r = 0; r < rows; r++) {
                members[r] = first.applyAsInt(r) + col;
            }
            lines.add(new Suppression.Line(members, 1 + col));
        }
        lines.add(new Suppression.Line(rowTotals, 0));
    }

    private static CrossRow crossRow(String key, int start, int g, long[] values, Suppression.State[] states) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < g; i++) {
            cells.add(new Cell(values[start + i], states[start + i]));
        }
        return new CrossRow(key, cells, new Cell(values[start + g], states[start + g]));
    }

    private static int chCell(int g, int row, int col) {
        return 1 + g + row * (g + 1) + col;
    }

    private static int orgCell(int g, int channels, int row, int col) {
        return 1 + g + (channels + row) * (g + 1) + col;
    }

    private static int[] range(int start, int count) {
        int[] r = new int[count];
        for (int i = 0; i < count; i++) {
            r[i] = start + i;
        }
        return r;
    }

    private static int percent(long part, long whole) {
        return (int) Math.round(100.0 * part / whole);
    }

    /**
     * The same comparison for everyone who took part (in any scope) per calendar quarter from
     * {@code from} up to {@code until} (exclusive), in one query: each resident once per quarter.
     * Keyed by the first day of the quarter, oldest first.
     */
    Map<LocalDate, Comparison> compareByQuarter(UUID collaborationId, LocalDate from, LocalDate until,
                                                Populations.Counts population) {
        Map<LocalDate, List<Participant>> byQuarter = new TreeMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (qs, p.resident_id)
                       CAST(date_trunc('quarter', p.at AT TIME ZONE 'Europe/Amsterdam') AS DATE) AS qs,
                       p.resident_id, p.channel, p.organisation_id,
                       d.age_group, d.gender, d.postcode_area, d.disability, d.migration_background, d.education, d.income_group
                FROM resident_participation p
                JOIN resident r ON r.id = p.resident_id AND r.erased_at IS NULL
                LEFT JOIN resident_demographics d ON d.resident_id = p.resident_id
                WHERE p.collaboration_id = :c
                  AND p.at >= CAST(:from AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                  AND p.at < CAST(:until AS TIMESTAMP) AT TIME ZONE 'Europe/Amsterdam'
                ORDER BY qs, p.resident_id, p.at
                """)
                .param("c", collaborationId).param("from", from).param("until", until)
                .query(rs -> {
                    byQuarter.computeIfAbsent(rs.getObject("qs", LocalDate.class), q -> new ArrayList<>())
                            .add(participant(rs));
                });
        Map<LocalDate, Comparison> result = new LinkedHashMap<>();
        byQuarter.forEach((quarter, participants) -> {
            List<DimensionView> views = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                views.add(dimension(d, participants, population.of(d)));
            }
            result.put(quarter, new Comparison(participants.size(), views));
        });
        return result;
    }

    private static Participant participant(java.sql.ResultSet rs) throws java.sql.SQLException {
        Map<Dimension, String> answers = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            answers.put(d, rs.getString(d.column));
        }
        return new Participant(rs.getString("channel"), rs.getObject("organisation_id", UUID.class), answers);
    }

    /** Each resident once, with how they first came in within the scope; erased residents are left out. */
    private List<Participant> participants(UUID collaborationId, Scope scope) {
        String condition = switch (scope.kind()) {
            case "process" -> "p.process_id = :id";
            case "series" -> "p.series_id = :id";
            default -> "p.kind = 'POOL'";
        };
        return jdbc.sql("""
                SELECT DISTINCT ON (p.resident_id) p.resident_id, p.channel, p.organisation_id,
                       d.age_group, d.gender, d.postcode_area, d.disability, d.migration_background, d.education, d.income_group
                FROM resident_participation p
                JOIN resident r ON r.id = p.resident_id AND r.erased_at IS NULL
                LEFT JOIN resident_demographics d ON d.resident_id = p.resident_id
                WHERE p.collaboration_id = :c AND """ + " " + condition + " ORDER BY p.resident_id, p.at")
                .param("c", collaborationId).param("id", scope.id())
                .query((rs, n) -> participant(rs))
                .list();
    }
}
