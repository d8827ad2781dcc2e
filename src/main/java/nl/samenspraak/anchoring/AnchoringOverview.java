package nl.samenspraak.anchoring;

import java.util.List;
import java.util.Optional;

/**
 * The six strategies of one collaboration on one day.
 *
 * @param strategies the six strategies, in the order of {@link Strategy}
 * @param weakest    the strategy with the weakest standing (first in {@link Strategy} order on a tie)
 * @param suggestion a knowledge base item for the weakest strategy, when the knowledge base has one
 */
public record AnchoringOverview(List<StrategyStatus> strategies, Strategy weakest, Optional<Suggestion> suggestion) {

    public AnchoringOverview {
        strategies = List.copyOf(strategies);
    }

    public StrategyStatus of(Strategy strategy) {
        return strategies.stream().filter(s -> s.strategy() == strategy).findFirst().orElseThrow();
    }
}
