package nl.samenspraak.meeting;

import java.time.LocalDate;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;

/**
 * Whether a collaboration's recurring structures keep meeting: per series, how many meetings the
 * plan asked for in a period and how many were held. Read by the anchoring monitor (infrastructure).
 */
public interface SeriesContinuity {

    /**
     * Every series of the collaboration that had started by {@code to}, with meetings planned and held
     * from {@code from} up to and including {@code to}. "Planned" is the series' meetings per year spread
     * over the whole months of the period in which the series ran, rounded.
     */
    List<SeriesHeld> heldVersusPlanned(CollaborationId collaboration, LocalDate from, LocalDate to);

    /** One series in a period. */
    record SeriesHeld(SeriesId series, String name, int planned, int held) {}
}
