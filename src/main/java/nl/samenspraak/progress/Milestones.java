package nl.samenspraak.progress;

import java.util.List;
import java.util.UUID;

/** Milestones, quick wins and delay notices of the processes of a collaboration. */
public interface Milestones {

    int TITLE = 200;
    int TEXT = 2_000;
    int PHOTO_ALT = 300;
    /** Bytes of an uploaded photo; the servlet container refuses anything far beyond it. */
    int PHOTO_BYTES = 5 * 1024 * 1024;

    /**
     * @throws InvalidMilestoneException when a rule is broken (nothing is stored)
     * @throws nl.samenspraak.platform.NotFoundException for a process of another collaboration
     */
    MilestoneId add(UUID collaborationId, UUID processId, NewMilestone milestone, UUID staffId, String actor);

    /** Newest first; one query. */
    List<Milestone> ofProcess(UUID collaborationId, UUID processId);

    /** Newest first; one query. */
    List<Milestone> ofCollaboration(UUID collaborationId);
}
