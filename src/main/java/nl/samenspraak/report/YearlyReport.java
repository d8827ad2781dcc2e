package nl.samenspraak.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.selfscan.SelfScanSummaries.RoundSummary;

/**
 * A collaboration's year as its board reads it. Only counts, aggregates, and texts the collaboration published
 * itself: no resident is named anywhere in it.
 *
 * @param vision     the shared vision as it stood at the end of the year (or today, for this year); null when none
 * @param decisions  the decisions taken in the year, oldest first, each with its state now
 */
public record YearlyReport(String collaborationName, int year, LocalDate madeOn, boolean currentYear,
                           Vision vision, Roles roles, Anchoring anchoring, Indicators indicators, Ripple ripple,
                           List<Decision> decisions, List<RoundSummary> selfScan) {

    public YearlyReport {
        decisions = List.copyOf(decisions);
        selfScan = List.copyOf(selfScan);
    }

    /** The vision that applies, and how many versions were published in the year. */
    public record Vision(int number, LocalDate publishedOn, String text, int versionsThisYear,
                         int residentContributors, int professionalContributors) {}

    /**
     * The roles of the collaboration and how many held each at the end of the year (or today), without names.
     *
     * @param residentsInDecisionRoles distinct residents in a decision role on that day (handvat 6)
     * @param started holdings that began in the year; {@code ended}: that ended in it (continuity of key persons)
     */
    public record Roles(List<Role> roles, int residentsInDecisionRoles, int started, int ended) {
        public Roles {
            roles = List.copyOf(roles);
        }
    }

    /** One role: its name, what is expected and offered, and how many residents and staff held it on the day. */
    public record Role(String name, String expected, String offered, boolean decisionRole, int residents, int staff) {}

    /**
     * The six anchoring strategies on the day the report is about, texts already in the reader's language.
     *
     * @param weakest    the weakest strategy's name; {@code suggestion} a knowledge base title and summary for it, or null
     */
    public record Anchoring(List<Strategy> strategies, String weakest, String suggestion, String suggestionPath) {
        public Anchoring {
            strategies = List.copyOf(strategies);
        }
    }

    /** One strategy: its standing (IN_PLACE, PARTLY, MISSING) and in words, what is in place, missing, running out. */
    public record Strategy(String name, String standing, String standingText, List<String> inPlace, List<String> missing,
                           List<String> runningOut) {
        public Strategy {
            inPlace = List.copyOf(inPlace);
            missing = List.copyOf(missing);
            runningOut = List.copyOf(runningOut);
        }
    }

    /** The process indicators per quarter of the year: {@code quarters} label the columns of every row. */
    public record Indicators(List<String> quarters, List<IndicatorRow> rows) {
        public Indicators {
            quarters = List.copyOf(quarters);
            rows = List.copyOf(rows);
        }
    }

    /** One indicator: its title, what it measures, and its value in each quarter (in words: a count, share, or why not). */
    public record IndicatorRow(String title, String explanation, List<String> values) {
        public IndicatorRow {
            values = List.copyOf(values);
        }
    }

    /**
     * The ripple map: the drawing (only for this year's report, as the map stands today; null otherwise) and the
     * effects told in the year, without tellers' names or stories.
     */
    public record Ripple(String svg, int activities, List<Effect> effects, List<Branch> map) {
        public Ripple {
            effects = List.copyOf(effects);
            map = List.copyOf(map);
        }
    }

    /**
     * The ripple map's content as a nested list ("what grew from what"), for the PDF, which cannot draw the SVG, and
     * for readers who prefer text: the activities at the top, each effect under what it grew from. Only with the
     * drawing (this year's report); empty otherwise.
     *
     * @param label  an activity's title, or what changed
     * @param detail for an effect: positive or negative, intended or not, ring and capital, in words; null for an activity
     */
    public record Branch(String label, String detail, List<Branch> children) {
        public Branch {
            children = List.copyOf(children);
        }
    }

    /** One effect in words: what changed, for whom, ring, capital, positive or negative, intended or not, when. */
    public record Effect(String whatChanged, String forWhom, String ring, String capital, String valence,
                         boolean intended, LocalDate happenedOn) {}

    /** A decision as its public page shows it: no staff or resident names, the deciding body as an office. */
    public record Decision(String title, String decidedBy, LocalDate decidedOn, DecisionState state,
                           LocalDate lastChangedOn, int inputCount) {}

    /** How many of the year's decisions are in each state, every state listed (also when none). */
    public Map<DecisionState, Integer> decisionsByState() {
        Map<DecisionState, Integer> counts = new EnumMap<>(DecisionState.class);
        for (DecisionState state : DecisionState.values()) {
            counts.put(state, 0);
        }
        decisions.forEach(d -> counts.merge(d.state(), 1, Integer::sum));
        return counts;
    }
}
