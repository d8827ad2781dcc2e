package nl.samenspraak.anchoring;

import java.util.List;

/**
 * Where one strategy stands. All texts are already resolved in the locale passed to
 * {@link Anchoring#overview(nl.samenspraak.collaboration.CollaborationId, java.time.LocalDate, java.util.Locale)},
 * so a report renders them as they are.
 *
 * @param strategy   the strategy
 * @param standing   in place, partly, missing (rules in {@link Anchoring})
 * @param name       the strategy's name in the requested language
 * @param standingText the standing in words in the requested language
 * @param inPlace    short sentences of what is in place, with dates
 * @param missing    short sentences of what is missing
 * @param runningOut what ends within 12 months, soonest first
 */
public record StrategyStatus(Strategy strategy, Standing standing, String name, String standingText,
                             List<String> inPlace, List<String> missing, List<RunningOut> runningOut) {

    public StrategyStatus {
        inPlace = List.copyOf(inPlace);
        missing = List.copyOf(missing);
        runningOut = List.copyOf(runningOut);
    }
}
