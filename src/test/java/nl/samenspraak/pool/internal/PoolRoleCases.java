package nl.samenspraak.pool.internal;

import java.util.HashMap;
import java.util.List;
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
        Map<String, String> objects = new HashMap<>(PoolIsolationCases.objectsOf(context, collaborationId, coordinatorId));
        var member = context.getBean(PoolJoining.class).join(collaborationId, details, PoolData.anOpenProfile(), true);
        UUID activity = UUID.fromString(objects.get("{activityId}"));
        context.getBean(Activities.class).invite(collaborationId, activity, List.of(member.memberId()), "test");
        objects.put("{memberId}", member.memberId().toString());
        return objects;
    }
}
