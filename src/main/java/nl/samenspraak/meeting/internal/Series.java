package nl.samenspraak.meeting.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A recurring structure, such as a sounding-board group that meets every month. */
record Series(UUID id, UUID collaborationId, String name, String purpose, Cadence cadence, int plannedPerYear,
              LocalDate startsOn) {

    enum Cadence { WEEKLY, MONTHLY, EVERY_TWO_MONTHS, QUARTERLY, OTHER }
}
