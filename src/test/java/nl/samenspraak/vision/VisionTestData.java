package nl.samenspraak.vision;

import java.util.ServiceLoader;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/**
 * Vision data for tests outside the vision module. Making it needs the module's internals, which only tests
 * in {@code vision.internal} may use; the implementation there is found through {@link ServiceLoader}
 * (META-INF/services), so tests elsewhere depend on this interface only.
 */
public interface VisionTestData {

    /** Invites the resident (a row in vision_invitation) and stores their proposal {@code text} by first name. */
    void anInvitationAndAComment(ApplicationContext context, World world, UUID residentId, String firstName, String text);

    static VisionTestData get() {
        return ServiceLoader.load(VisionTestData.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no VisionTestData in META-INF/services"));
    }
}
