package nl.samenspraak.anchoring.internal;

import java.time.LocalDate;

/** A key role held by someone, from the roles module: the message key of the role, since when, until when (null: open). */
record KeyHolding(String role, LocalDate since, LocalDate until) {

    boolean currentOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    boolean runsOutWithinYear(LocalDate day) {
        return currentOn(day) && until != null && !until.isAfter(day.plusMonths(12));
    }
}
