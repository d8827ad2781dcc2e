package nl.samenspraak.meeting.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.context.ApplicationContext;

/**
 * A meeting with one registrant who gave contact details and needs, for the role matrix test:
 * the path variables of the meeting pages, with the registrant's details planted behind them.
 */
public final class MeetingRoleCases {

    private MeetingRoleCases() {}

    public static Map<String, String> aRegistrationWithNeeds(ApplicationContext context, World world, UUID process,
                                                             String email, String phone, String needsNote) {
        Map<String, String> objects = new java.util.HashMap<>(MeetingIsolationCases.of(context, world, process));
        UUID meeting = UUID.fromString(objects.get("{meetingId}"));
        UUID registration = context.getBean(Registrations.class).register(world.collaboration().id(), meeting,
                new NewRegistration(null, new ResidentDetails("Aanmelder Met Wensen", email, phone, null,
                        ContactChannel.EMAIL, "nl"), List.of(Registration.Need.INTERPRETER), needsNote, true,
                        Registration.ONLINE, null, null, null)).registrationId();
        objects.put("{registrationId}", registration.toString());
        return objects;
    }
}
