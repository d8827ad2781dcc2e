package nl.samenspraak.progress;

import java.time.LocalDate;

/**
 * What staff typed, not yet checked. {@code photo} is the uploaded file as sent (null or empty
 * without one); it is decoded and re-encoded before it is stored.
 */
public record NewMilestone(MilestoneKind kind, LocalDate date, String title, String text, byte[] photo,
                           String photoAlt) {}
