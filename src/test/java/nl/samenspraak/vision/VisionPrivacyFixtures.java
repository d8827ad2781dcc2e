package nl.samenspraak.vision;

import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/** A resident invited to think along about the vision who then sent a proposal by first name, for privacy tests. */
public final class VisionPrivacyFixtures {

    private VisionPrivacyFixtures() {}

    public static void anInvitationAndAComment(ApplicationContext context, World world, UUID residentId, String firstName,
                                               String text) {
        VisionTestData.get().anInvitationAndAComment(context, world, residentId, firstName, text);
    }
}
