package nl.samenspraak.selfscan.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.internal.Statistics.GroupResult;

/** What a round says, theme by theme and group by group, with small groups already hidden. */
record RoundResults(ScanRound round, List<ThemeResult> themes, Map<RespondentGroup, Integer> responses) {

    /** One theme: each group's result and, when both are shown and differ meaningfully, the gap. */
    record ThemeResult(Theme theme, GroupResult residents, GroupResult professionals) {

        public GroupResult of(RespondentGroup group) {
            return group == RespondentGroup.RESIDENT ? residents : professionals;
        }

        /** Residents' mean minus professionals' mean, or null when there is no meaningful gap to name. */
        public Double gap() {
            return Statistics.gap(residents, professionals);
        }

        public boolean residentsLessPositive() {
            Double gap = gap();
            return gap != null && gap < 0;
        }

        /** How the theme scores over the groups that may be shown, each group weighing the same; null if none. */
        public Double score() {
            if (residents.shown() && professionals.shown()) {
                return (residents.mean() + professionals.mean()) / 2;
            }
            return residents.shown() ? residents.mean() : professionals.shown() ? professionals.mean() : null;
        }
    }

    public int responsesOf(RespondentGroup group) {
        return responses.getOrDefault(group, 0);
    }

    /** A group with fewer responses than the minimum in the whole round: nothing of it can be shown. */
    public boolean tooFew(RespondentGroup group) {
        return responsesOf(group) < Statistics.MIN_RESPONDENTS;
    }

    public boolean anyShown() {
        return themes.stream().anyMatch(t -> t.score() != null);
    }

    /** Themes where the groups differ meaningfully, largest difference first. */
    public List<ThemeResult> gaps() {
        return themes.stream().filter(t -> t.gap() != null)
                .sorted(Comparator.comparingDouble((ThemeResult t) -> -Math.abs(t.gap()))).toList();
    }

    /** True when both groups have enough responses that a gap could have been found at all. */
    public boolean gapsComparable() {
        return themes.stream().anyMatch(t -> t.residents().shown() && t.professionals().shown());
    }

    /** The lowest-scoring themes: where suggestions help most. */
    public List<ThemeResult> weakest(int limit) {
        return themes.stream().filter(t -> t.score() != null)
                .sorted(Comparator.comparingDouble(ThemeResult::score)).limit(limit).toList();
    }
}
