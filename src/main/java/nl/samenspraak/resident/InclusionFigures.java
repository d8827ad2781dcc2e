package nl.samenspraak.resident;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;

/**
 * "Who is at the table" per calendar quarter, for the process indicators: everyone who took part
 * in a quarter compared with the population of the collaboration's first area (the one the
 * "wie doet mee" page opens with), with exactly that page's comparison and its suppression below 10.
 * Only aggregates: no resident, no group count.
 */
public interface InclusionFigures {

    /**
     * One question (age, gender, ...) in one quarter.
     *
     * @param dimension  the question's code (AGE, GENDER, POSTCODE, DISABILITY, MIGRATION, EDUCATION, INCOME)
     * @param comparable false when fewer than 10 participants answered it or there are no population figures:
     *                   then nothing may be said about it
     * @param groups     groups with population figures that could be judged
     * @param fair       of those, groups neither missing nor under-represented
     */
    record DimensionInclusion(String dimension, boolean comparable, int groups, int fair) {}

    /**
     * One quarter.
     *
     * @param participants different residents who took part in the quarter
     * @param dimensions   every question, in the order of the "wie doet mee" page
     */
    record QuarterInclusion(int year, int quarter, int participants, List<DimensionInclusion> dimensions) {}

    /** Quarters with participants from {@code from} up to {@code today}, oldest first. */
    List<QuarterInclusion> perQuarter(CollaborationId collaboration, LocalDate from, LocalDate today);
}
