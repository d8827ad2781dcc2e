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
                           Vision vision, Roles roles, List<Decision> decisions, List<RoundSummary> selfScan) {

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
