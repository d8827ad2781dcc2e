package nl.samenspraak.pool;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.context.ApplicationContext;

/**
 * The pool objects of a collaboration for the role matrix test, with one member whose
 * contact details are given, invited to the activity and with a commitment.
 */
public final class PoolRoleCases {

    private PoolRoleCases() {}

    public static Map<String, String> aMemberWithContactDetails(ApplicationContext context, UUID collaborationId,
                                                                UUID coordinatorId, ResidentDetails details) {
        return PoolTestData.get().aMemberWithContactDetails(context, collaborationId, coordinatorId, details);
    }
}
