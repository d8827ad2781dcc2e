package nl.samenspraak.selfscan.internal;

import java.util.List;

/**
 * The numbers of the scan, kept apart from storage so the rules can be checked on their own:
 * a person's score on a theme is the mean of their answers to its statements ("don't know"
 * left out); a group's result on a theme is the mean of those scores, with their spread.
 */
final class Statistics {

    /** Below this many respondents a group's result on a theme is not shown: a person could be recognised. */
    static final int MIN_RESPONDENTS = 5;
    /** A difference of averages that is worth talking about, on the five-point scale. */
    static final double MEANINGFUL_GAP = 0.75;

    private Statistics() {}

    /**
     * Mean, standard deviation (of the population: these people, not an estimate for others),
     * lowest and highest of the scores of {@code n} respondents.
     */
    record Summary(int respondents, double mean, double standardDeviation, double min, double max) {}

    /** A group on a theme: how many answered, how often "don't know", and the summary when it may be shown. */
    record GroupResult(int respondents, int dontKnow, Summary summary) {
        public boolean shown() {
            return summary != null;
        }

        public Double mean() {
            return summary == null ? null : summary.mean();
        }
    }

    static Summary summarize(List<Double> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores");
        }
        double sum = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double s : scores) {
            sum += s;
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double mean = sum / scores.size();
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        return new Summary(scores.size(), mean, Math.sqrt(squares / scores.size()), min, max);
    }

    /** A group's result, hidden below {@link #MIN_RESPONDENTS} respondents. */
    static GroupResult group(List<Double> personScores, int dontKnow) {
        if (personScores.size() < MIN_RESPONDENTS) {
            return new GroupResult(personScores.size(), dontKnow, null);
        }
        return new GroupResult(personScores.size(), dontKnow, summarize(personScores));
    }

    /** Residents' mean minus professionals' mean, when both may be shown and they differ meaningfully. */
    static Double gap(GroupResult residents, GroupResult professionals) {
        if (!residents.shown() || !professionals.shown()) {
            return null;
        }
        double difference = residents.mean() - professionals.mean();
        // A small tolerance, so that 3.0 against 3.75 counts although binary fractions land just below.
        return Math.abs(difference) >= MEANINGFUL_GAP - 1e-9 ? difference : null;
    }
}
