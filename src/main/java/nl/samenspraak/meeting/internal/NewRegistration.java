package nl.samenspraak.meeting.internal;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.resident.ResidentDetails;

/**
 * A registration as it arrives: for a new resident ({@code details}) or for one staff picked
 * ({@code existingResidentId}); needs are kept only with {@code consent}.
 *
 * @param channel      ONLINE for residents themselves, else one of {@link Registration#STAFF_CHANNELS}
 * @param registeredBy the staff member who registered them, null for residents themselves
 */
record NewRegistration(UUID existingResidentId, ResidentDetails details, List<Registration.Need> needs, String needsNote,
                       boolean consent, String channel, UUID organisationId, UUID registeredBy, String actor) {}
