package nl.samenspraak.meeting;

import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/** Meeting data about one existing resident, for privacy tests outside this package. */
public final class MeetingPrivacyFixtures {

    private MeetingPrivacyFixtures() {}

    /** Registers the resident with needs for a meeting that then took place, and records that they came. */
    public static UUID aRegistrationWithNeedsAndAttendance(ApplicationContext context, World world, UUID processId,
                                                           UUID residentId, String needsNote) {
        return MeetingTestData.get().aRegistrationWithNeedsAndAttendance(context, world, processId, residentId, needsNote);
    }
}
