package nl.samenspraak.selfscan;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;

/**
 * How far residents and professionals are apart in each zelfscan round, with exactly the rules of
 * the round's own results page: a group below 5 respondents on a theme is not shown, and a
 * difference of 0.75 or more on the five-point scale counts as a gap.
 */
public interface ScanGaps {

    /**
     * One round.
     *
     * @param round    its id
     * @param openedOn the day it was opened (Dutch time)
     * @param compared themes where both groups had enough respondents to be compared
     * @param gaps     of those, themes where residents and professionals differ meaningfully
     */
    record RoundGap(ScanRoundId round, LocalDate openedOn, int compared, int gaps) {}

    /** Every round of the collaboration opened from {@code from} up to {@code today}, oldest first. */
    List<RoundGap> ofCollaboration(CollaborationId collaboration, LocalDate from, LocalDate today);
}
