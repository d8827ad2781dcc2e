package nl.samenspraak.meeting;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/** One of every meeting object a collaboration can have, as the path variables of the staff pages. */
public final class MeetingIsolationCases {

    private MeetingIsolationCases() {}

    public static Map<String, String> of(ApplicationContext context, World world, UUID process) {
        return MeetingTestData.get().isolationObjects(context, world, process);
    }
}
