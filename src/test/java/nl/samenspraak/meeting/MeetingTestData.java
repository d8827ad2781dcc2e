package nl.samenspraak.meeting;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/**
 * Meeting data for tests outside the meeting module. Making it needs the module's internals,
 * which only tests in {@code meeting.internal} may use; the implementation there is found through
 * {@link ServiceLoader} (META-INF/services), so tests elsewhere depend on this interface only.
 */
public interface MeetingTestData {

    Map<String, String> isolationObjects(ApplicationContext context, World world, UUID process);

    Map<String, String> aRegistrationWithNeeds(ApplicationContext context, World world, UUID process, String email,
                                               String phone, String needsNote);

    UUID aRegistrationWithNeedsAndAttendance(ApplicationContext context, World world, UUID processId, UUID residentId,
                                             String needsNote);

    static MeetingTestData get() {
        return ServiceLoader.load(MeetingTestData.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no MeetingTestData in META-INF/services"));
    }
}
