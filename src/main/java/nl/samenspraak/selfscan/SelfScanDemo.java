package nl.samenspraak.selfscan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo rounds of the scan. The rich collaborations get a closed round of a year ago and an open
 * one of three weeks, so the results, the gap between residents and professionals and the
 * comparison over time all show; one other collaboration gets a round with too few answers, so
 * the "fewer than 5" message shows. Scores are laid out per theme around a chosen mean (not drawn
 * at random), so a gap that is meant to show always shows and no other gap appears by chance.
 */
@Component
@DemoOnly
class SelfScanDemo implements DemoContributor {

    private static final String ACTOR = "demo";
    private static final Set<String> RICH = Set.of("texel", "heerenveen", "mijnstreek");
    private static final String FEW_ANSWERS = "oegstgeest";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

    /** Residents' mean minus this on the themes where they are clearly less positive than professionals. */
    private static final Map<Theme, Double> GAP = Map.of(Theme.FEED_BACK, 1.3, Theme.POWER_BALANCE, 1.2,
            Theme.INVOLVE_EARLY, 1.0);
    /** What got better between the two rounds, for both groups. */
    private static final Map<Theme, Double> PROGRESS = Map.of(Theme.FEED_BACK, 0.5, Theme.QUICK_WINS, 0.6,
            Theme.INVEST_IN_RESIDENTS, 0.5, Theme.INVOLVE_EARLY, 0.3, Theme.KNOWLEDGE_AND_TRAINING, 0.4);
    /** Anchoring that residents cannot see from outside: some answer "don't know". */
    private static final Set<Theme> HARD_TO_SEE = Set.of(Theme.LEGAL_ANCHORING, Theme.FINANCIAL_SUSTAINABILITY,
            Theme.POLICY_ANCHORING);

    /** Professionals' mean per theme in the earlier round: warm on people and vision, weak on money and rules. */
    private static final Map<Theme, Double> PROFESSIONALS = new EnumMap<>(Map.ofEntries(
            Map.entry(Theme.SHARED_VISION, 3.8), Map.entry(Theme.INVOLVE_EARLY, 3.4),
            Map.entry(Theme.SAFE_ENVIRONMENT, 3.9), Map.entry(Theme.SUPPORTIVE_LEADERSHIP, 3.5),
            Map.entry(Theme.LARGER_ROLE, 3.0), Map.entry(Theme.POWER_BALANCE, 3.6),
            Map.entry(Theme.MOTIVATIONS, 3.7), Map.entry(Theme.QUICK_WINS, 3.1),
            Map.entry(Theme.INVEST_IN_RESIDENTS, 3.2), Map.entry(Theme.PARTICIPATION_ENVIRONMENT, 3.4),
            Map.entry(Theme.FEED_BACK, 3.5), Map.entry(Theme.WISHES_AND_NEEDS, 3.8),
            Map.entry(Theme.PARTICIPATION_VISION, 3.3), Map.entry(Theme.OWNERSHIP, 3.0),
            Map.entry(Theme.CONNECTING, 3.9), Map.entry(Theme.FLEXIBLE_APPROACH, 3.5),
            Map.entry(Theme.KEY_PEOPLE, 3.7), Map.entry(Theme.INFRASTRUCTURE, 2.8),
            Map.entry(Theme.KNOWLEDGE_AND_TRAINING, 2.9), Map.entry(Theme.POLICY_ANCHORING, 2.7),
            Map.entry(Theme.LEGAL_ANCHORING, 2.4), Map.entry(Theme.FINANCIAL_SUSTAINABILITY, 2.3)));

    /** Respondents per collaboration: earlier round residents, professionals; open round residents, professionals. */
    private static final Map<String, int[]> SIZES = Map.of(
            "texel", new int[] {9, 7, 11, 8},
            "heerenveen", new int[] {7, 6, 8, 7},
            "mijnstreek", new int[] {10, 8, 6, 6});
    /** A small shift per collaboration, so the three demos do not look copied. */
    private static final Map<String, Double> SHIFT = Map.of("texel", 0.0, "heerenveen", 0.1, "mijnstreek", -0.2);

    private final ScanRounds rounds;
    private final ScanResponses responses;
    private final JdbcClient jdbc;

    SelfScanDemo(ScanRounds rounds, ScanResponses responses, JdbcClient jdbc) {
        this.rounds = rounds;
        this.responses = responses;
        this.jdbc = jdbc;
    }

    @Override
    public void contribute(DemoCollaboration c) {
        if (RICH.contains(c.slug())) {
            int[] sizes = SIZES.get(c.slug());
            Random random = new Random(c.slug().hashCode());
            LocalDate earlierStart = c.today().minusDays(365);
            ScanRound earlier = round(c, earlierStart, earlierStart.plusDays(28));
            answer(earlier, RespondentGroup.RESIDENT, sizes[0], means(c.slug(), RespondentGroup.RESIDENT, false), random);
            answer(earlier, RespondentGroup.PROFESSIONAL, sizes[1], means(c.slug(), RespondentGroup.PROFESSIONAL, false), random);
            rounds.close(c.collaborationId(), earlier.id(), ACTOR);
            backdate(earlier, earlierStart, earlierStart.plusDays(30), true, random);

            LocalDate openStart = c.today().minusDays(21);
            ScanRound open = round(c, openStart, c.today().plusDays(14));
            answer(open, RespondentGroup.RESIDENT, sizes[2], means(c.slug(), RespondentGroup.RESIDENT, true), random);
            answer(open, RespondentGroup.PROFESSIONAL, sizes[3], means(c.slug(), RespondentGroup.PROFESSIONAL, true), random);
            backdate(open, openStart, c.today(), false, random);
        } else if (FEW_ANSWERS.equals(c.slug())) {
            Random random = new Random(c.slug().hashCode());
            LocalDate start = c.today().minusDays(10);
            ScanRound open = round(c, start, c.today().plusDays(21));
            answer(open, RespondentGroup.RESIDENT, 3, means(c.slug(), RespondentGroup.RESIDENT, false), random);
            backdate(open, start, c.today(), false, random);
        }
    }

    private ScanRound round(DemoCollaboration c, LocalDate start, LocalDate closesOn) {
        String title = "Zelfscan " + MONTH.format(start);
        UUID id = rounds.open(c.collaborationId(), title, closesOn.isBefore(c.today()) ? null : closesOn, ACTOR);
        return rounds.find(c.collaborationId(), id).orElseThrow();
    }

    private static Map<Theme, Double> means(String slug, RespondentGroup group, boolean later) {
        Map<Theme, Double> means = new EnumMap<>(Theme.class);
        double shift = SHIFT.getOrDefault(slug, 0.0);
        for (Map.Entry<Theme, Double> e : PROFESSIONALS.entrySet()) {
            Theme theme = e.getKey();
            double mean = e.getValue() + shift;
            if (group == RespondentGroup.RESIDENT) {
                // Residents are a little more reserved everywhere; far more where the gap is meant to show.
                mean -= GAP.getOrDefault(theme, 0.2);
            }
            if (later) {
                mean += PROGRESS.getOrDefault(theme, 0.0);
            }
            means.put(theme, Math.max(1.4, Math.min(4.6, mean)));
        }
        return means;
    }

    /**
     * {@code count} people of a group answer every statement. Per statement the scores add up to
     * the theme's mean (rounded to whole answers) with some spread, then are dealt out at random.
     */
    private void answer(ScanRound round, RespondentGroup group, int count, Map<Theme, Double> means, Random random) {
        List<Map<String, Integer>> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(new LinkedHashMap<>());
        }
        List<Statement> statements = rounds.statementsOf(round);
        for (Statement s : statements) {
            List<Integer> scores = spread(means.get(s.theme()), count, random);
            Collections.shuffle(scores, random);
            for (int i = 0; i < count; i++) {
                boolean dontKnow = group == RespondentGroup.RESIDENT && HARD_TO_SEE.contains(s.theme())
                        && s.key().endsWith("-2") && i < 2;
                people.get(i).put(s.key(), dontKnow ? null : scores.get(i));
            }
        }
        for (int i = 0; i < count; i++) {
            // A few residents filled in the paper form; staff typed it in.
            ScanResponses.Channel channel = group == RespondentGroup.RESIDENT && i % 4 == 3
                    ? ScanResponses.Channel.PAPER : ScanResponses.Channel.ONLINE;
            responses.store(round, new AnswerForm.Checked(UUID.randomUUID(), group, people.get(i)), channel, ACTOR);
        }
    }

    /** Whole scores from 1 to 5 whose sum is as close as possible to {@code count * mean}, not all the same. */
    private static List<Integer> spread(double mean, int count, Random random) {
        int low = (int) Math.floor(mean);
        int high = (int) Math.round((mean - low) * count);
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            scores.add(i < high ? low + 1 : low);
        }
        // Move pairs apart (one down, one up): the sum, and so the mean, stays the same.
        int pairs = 1 + random.nextInt(Math.max(1, count / 3));
        for (int p = 0; p < pairs; p++) {
            int down = random.nextInt(count);
            int up = random.nextInt(count);
            if (down != up && scores.get(down) > 1 && scores.get(up) < 5) {
                scores.set(down, scores.get(down) - 1);
                scores.set(up, scores.get(up) + 1);
            }
        }
        return scores;
    }

    /**
     * Rounds open today through the service; the demo needs them to have started in the past, so
     * the dates are set afterwards the way the module's tests do: directly in the round's rows.
     */
    private void backdate(ScanRound round, LocalDate start, LocalDate end, boolean closed, Random random) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam"); // the app's calendar (TimeConfiguration), not the JVM's zone
        jdbc.sql("UPDATE scan_round SET created_at = :created, closed_at = :closedAt WHERE id = :r")
                .param("created", Timestamp.from(start.atTime(9, 0).atZone(zone).toInstant()))
                .param("closedAt", closed ? Timestamp.from(end.atTime(17, 0).atZone(zone).toInstant()) : null,
                        java.sql.Types.TIMESTAMP)
                .param("r", round.id())
                .update();
        List<UUID> ids = jdbc.sql("SELECT id FROM scan_response WHERE round_id = :r ORDER BY id")
                .param("r", round.id()).query(UUID.class).list();
        long minutes = Math.max(60, java.time.Duration.between(start.atStartOfDay(), end.atStartOfDay()).toMinutes());
        Map<UUID, Timestamp> received = new HashMap<>();
        for (UUID id : ids) {
            received.put(id, Timestamp.from(start.atTime(8, 0).atZone(zone).toInstant()
                    .plusSeconds(60L * random.nextLong(minutes))));
        }
        jdbc.sql("""
                UPDATE scan_response s SET received_at = t.at
                FROM unnest(CAST(:ids AS uuid[]), CAST(:ats AS timestamptz[])) AS t(id, at)
                WHERE s.id = t.id
                """)
                .param("ids", received.keySet().toArray(UUID[]::new))
                .param("ats", received.values().toArray(Timestamp[]::new))
                .update();
    }
}
