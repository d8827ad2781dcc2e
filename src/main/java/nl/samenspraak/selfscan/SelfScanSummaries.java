package nl.samenspraak.selfscan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.knowledge.Theme;

/**
 * The zelfscan as other modules may read it (the yearly report): per round only counts and group means,
 * with groups below the minimum already hidden, so no answer can be traced to a person.
 */
public interface SelfScanSummaries {

    /** The rounds opened in that calendar year, oldest first. */
    List<RoundSummary> ofYear(UUID collaborationId, int year);

    /** One round: when it opened, how many answered per group, and each theme's means (null when hidden). */
    record RoundSummary(String title, LocalDate openedOn, boolean closed, int residents, int professionals,
                        List<ThemeSummary> themes) {
        public RoundSummary {
            themes = List.copyOf(themes);
        }
    }

    /** A theme's mean per group (1 to 5; null below the minimum) and the gap when it is meaningful. */
    record ThemeSummary(Theme theme, Double residents, Double professionals, Double gap) {}
}
