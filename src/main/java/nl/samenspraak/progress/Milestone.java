package nl.samenspraak.progress;

import java.time.LocalDate;
import java.util.UUID;

/** A milestone, quick win or delay notice as anyone may read it; {@code photoAlt} is null without a photo. */
public record Milestone(MilestoneId id, UUID collaborationId, UUID processId, MilestoneKind kind, LocalDate date,
                        String title, String text, String photoAlt, long seq) {

    public boolean hasPhoto() {
        return photoAlt != null;
    }
}
