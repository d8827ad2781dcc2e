package nl.samenspraak.anchoring.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One piece of evidence for a strategy. Fields that do not belong to its kind are null.
 *
 * @param startsOn   the date it happened or started (a training's date, a funding's start, "since")
 * @param endsOn     the last day it counts; null while it has no end
 * @param documentId the uploaded document, if any
 * @param documentName the document's file name for people, if any
 */
record Evidence(UUID id, EvidenceKind kind, String description, LocalDate startsOn, LocalDate endsOn,
                PolicyItem policyItem, LegalForm legalForm, String funder, Long amountCents, FundingKind fundingKind,
                Integer participants, String link, UUID documentId, String documentName) {

    /** Started on or before {@code day} and not ended before it. */
    boolean currentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    /** Current on {@code day} and ending within twelve months after it. */
    boolean runsOutWithinYear(LocalDate day) {
        return currentOn(day) && endsOn != null && !endsOn.isAfter(day.plusMonths(12));
    }
}
