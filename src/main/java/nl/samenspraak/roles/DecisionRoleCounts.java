package nl.samenspraak.roles;

import java.time.LocalDate;
import java.util.Map;

/**
 * How many different residents held a decision role on each day asked about.
 *
 * @param since  the first day any resident of the collaboration held a decision role; null when none ever did
 * @param counts the count per day asked about, in the order asked
 */
public record DecisionRoleCounts(LocalDate since, Map<LocalDate, Integer> counts) {

    public DecisionRoleCounts {
        counts = Map.copyOf(counts);
    }

    /** The count on a day that was asked about; 0 for any other day. */
    public int on(LocalDate day) {
        return counts.getOrDefault(day, 0);
    }
}
