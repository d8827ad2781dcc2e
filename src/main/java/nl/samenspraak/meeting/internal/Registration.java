package nl.samenspraak.meeting.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A resident's place at a meeting, or their place on its waiting list. */
record Registration(UUID id, UUID collaborationId, UUID meetingId, UUID residentId, Status status, List<Need> needs,
                    String needsNote, String channel, UUID organisationId, Instant registeredAt, Instant placedAt,
                    Instant cancelledAt, Boolean attended, long seq) {

    enum Status { REGISTERED, WAITING, CANCELLED }

    /** What a resident may need to take part; asked so the organisers can arrange it. */
    enum Need { INTERPRETER, CHILDCARE, TRANSPORT, DIET, ACCESSIBILITY }

    /** How someone came to be registered, for "who is at the table". */
    static final List<String> STAFF_CHANNELS = List.of("STAFF", "DOOR_TO_DOOR", "PHONE", "PAPER", "MEETING");
    static final String ONLINE = "ONLINE";

    static List<Need> parseNeeds(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(Need::valueOf).toList();
    }

    static String storeNeeds(List<Need> needs) {
        return String.join(",", needs.stream().distinct().sorted().map(Enum::name).toList());
    }

    /** The same registration for staff who may not see what a resident needs (viewers). */
    Registration withoutNeeds() {
        return new Registration(id, collaborationId, meetingId, residentId, status, List.of(), null, channel,
                organisationId, registeredAt, placedAt, cancelledAt, attended, seq);
    }

    public boolean active() {
        return status != Status.CANCELLED;
    }
}
