package nl.samenspraak.selfscan.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.ScanRoundId;
import nl.samenspraak.selfscan.internal.RoundResults.ThemeResult;
import nl.samenspraak.selfscan.internal.Statistics.GroupResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the answers of one or more rounds in one query and turns them into results. */
@Component
class ScanResults {

    /** How many earlier rounds the comparison shows. */
    static final int EARLIER_ROUNDS = 3;

    /** One theme in one group over the rounds: earlier means (oldest first; null when hidden), now, and the change. */
    record Line(Theme theme, List<Double> earlier, Double now, Double change) {
        /** Less than what one decimal shows: called "the same". */
        public boolean same() {
            return change != null && Math.abs(change) < 0.05;
        }

        public String sign() {
            return change == null || same() ? "" : change > 0 ? "+" : "\u2212";
        }

        public Double size() {
            return change == null ? null : Math.abs(change);
        }
    }

    /** The round against the rounds before it. */
    record Comparison(List<ScanRound> earlier, Map<RespondentGroup, List<Line>> lines) {
        public List<Line> of(RespondentGroup group) {
            return lines.get(group);
        }
    }

    private record Answer(UUID round, UUID response, RespondentGroup group, Theme theme, Integer score) {}

    private final JdbcClient jdbc;
    private final ScanRounds rounds;

    ScanResults(JdbcClient jdbc, ScanRounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    RoundResults of(ScanRound round) {
        return of(List.of(round)).get(round.id());
    }

    /** The round and the rounds before it, in the order of the themes of this round. */
    Comparison comparison(ScanRound round, RoundResults current) {
        List<ScanRound> earlier = new ArrayList<>(rounds.earlier(round, EARLIER_ROUNDS)).reversed();
        Map<ScanRoundId, RoundResults> before = of(earlier);
        Map<RespondentGroup, List<Line>> lines = new EnumMap<>(RespondentGroup.class);
        for (RespondentGroup group : RespondentGroup.values()) {
            List<Line> list = new ArrayList<>();
            for (ThemeResult now : current.themes()) {
                List<Double> means = new ArrayList<>();
                for (ScanRound r : earlier) {
                    means.add(before.get(r.id()).themes().stream().filter(t -> t.theme() == now.theme()).findFirst()
                            .map(t -> t.of(group).mean()).orElse(null));
                }
                Double last = means.reversed().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Double mean = now.of(group).mean();
                list.add(new Line(now.theme(), means, mean, mean == null || last == null ? null : mean - last));
            }
            lines.put(group, list);
        }
        return new Comparison(earlier, lines);
    }

    /** Results per round id; all rounds belong to one collaboration. */
    Map<ScanRoundId, RoundResults> of(List<ScanRound> list) {
        Map<ScanRoundId, RoundResults> results = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return results;
        }
        UUID collaboration = list.getFirst().collaborationId();
        List<UUID> ids = list.stream().map(r -> r.id().value()).toList();
        Map<UUID, Set<Theme>> themes = new HashMap<>();
        jdbc.sql("SELECT round_id, theme_key FROM scan_round_statement WHERE collaboration_id = :c AND round_id IN (:r) "
                        + "ORDER BY round_id, position")
                .param("c", collaboration).param("r", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> Statement.theme(e.getValue()).ifPresent(t -> themes.computeIfAbsent(
                        e.getKey(), k -> new LinkedHashSet<>()).add(t)));
        List<Answer> answers = jdbc.sql("""
                SELECT a.round_id, a.response_id, r.respondent_group, s.theme_key, a.score
                FROM scan_answer a
                JOIN scan_response r ON r.id = a.response_id
                JOIN scan_round_statement s ON s.round_id = a.round_id AND s.statement_key = a.statement_key
                WHERE a.collaboration_id = :c AND a.round_id IN (:r)
                """)
                .param("c", collaboration).param("r", ids)
                .query((rs, n) -> new Answer(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        RespondentGroup.valueOf(rs.getString(3)), Statement.theme(rs.getString(4)).orElse(null),
                        (Integer) rs.getObject(5, Integer.class)))
                .list();
        Map<UUID, Map<RespondentGroup, Integer>> counts = responseCounts(collaboration, ids);
        for (ScanRound round : list) {
            List<Answer> own = answers.stream().filter(a -> a.round().equals(round.id().value()) && a.theme() != null).toList();
            List<ThemeResult> themeResults = new ArrayList<>();
            for (Theme theme : themes.getOrDefault(round.id().value(), Set.of())) {
                themeResults.add(new ThemeResult(theme, group(own, theme, RespondentGroup.RESIDENT),
                        group(own, theme, RespondentGroup.PROFESSIONAL)));
            }
            results.put(round.id(), new RoundResults(round, themeResults,
                    counts.getOrDefault(round.id().value(), Map.of())));
        }
        return results;
    }

    private static GroupResult group(List<Answer> answers, Theme theme, RespondentGroup group) {
        Map<UUID, List<Integer>> perPerson = new LinkedHashMap<>();
        int dontKnow = 0;
        for (Answer a : answers) {
            if (a.theme() != theme || a.group() != group) {
                continue;
            }
            if (a.score() == null) {
                dontKnow++;
            } else {
                perPerson.computeIfAbsent(a.response(), k -> new ArrayList<>()).add(a.score());
            }
        }
        List<Double> scores = perPerson.values().stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).average().orElseThrow()).toList();
        return Statistics.group(scores, dontKnow);
    }

    private Map<UUID, Map<RespondentGroup, Integer>> responseCounts(UUID collaboration, List<UUID> ids) {
        Map<UUID, Map<RespondentGroup, Integer>> counts = new HashMap<>();
        jdbc.sql("SELECT round_id, respondent_group, count(*) FROM scan_response WHERE collaboration_id = :c "
                        + "AND round_id IN (:r) GROUP BY round_id, respondent_group")
                .param("c", collaboration).param("r", ids)
                .query((rs, n) -> counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(RespondentGroup.class))
                        .put(RespondentGroup.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        return counts;
    }
}
