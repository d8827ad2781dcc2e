package nl.samenspraak.resident;

import java.util.List;
import java.util.UUID;

/**
 * The named series participants can be counted in on the "who is at the table" page (meeting
 * series). Implemented by the module that owns the series, so this module shows their names
 * without depending on it.
 */
public interface ParticipationSeries {

    record NamedSeries(UUID id, String name) {}

    /** The collaboration's series in the order staff know them. */
    List<NamedSeries> of(UUID collaborationId);
}
