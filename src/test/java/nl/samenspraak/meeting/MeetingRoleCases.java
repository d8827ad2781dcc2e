package nl.samenspraak.meeting;

import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

/**
 * A meeting with one registrant who gave contact details and needs, for the role matrix test:
 * the path variables of the meeting pages, with the registrant's details planted behind them.
 */
public final class MeetingRoleCases {

    private MeetingRoleCases() {}

    public static Map<String, String> aRegistrationWithNeeds(ApplicationContext context, World world, UUID process,
                                                             String email, String phone, String needsNote) {
        return MeetingTestData.get().aRegistrationWithNeeds(context, world, process, email, phone, needsNote);
    }
}
