package nl.samenspraak.vision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of a collaboration's shared vision on participation. Versions never change once
 * published; {@code number} counts from 1 per collaboration.
 *
 * @param residentContributors residents whose comment or proposal counted towards this version
 * @param professionalContributors staff (professionals and coordinators) who commented or proposed wording
 */
public record VisionVersion(
        int number,
        LocalDate publishedOn,
        String text,
        String changeNote,
        int residentContributors,
        int professionalContributors) {

    public VisionVersion {
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(text, "text");
        changeNote = changeNote == null ? "" : changeNote;
    }
}
