package nl.samenspraak.pool;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** One of each pool object of a collaboration, as the values of the pool's path variables, for IsolationTest. */
public final class PoolIsolationCases {

    private PoolIsolationCases() {}

    public static Map<String, String> objectsOf(ApplicationContext context, UUID collaborationId, UUID coordinatorId) {
        return PoolTestData.get().isolationObjects(context, collaborationId, coordinatorId);
    }
}
