package nl.samenspraak.meeting.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A resident's place at a meeting, or their place on its waiting list. Who gets a place, what
 * needs may be kept and what cancelling does are its rules; the service loads, calls, saves.
 */
record Registration(UUID id, UUID collaborationId, UUID meetingId, UUID residentId, Status status, List<Need> needs,
                    String needsNote, String channel, UUID organisationId, Instant registeredAt, Instant placedAt,
                    Instant cancelledAt, Boolean attended, long seq) {

    enum Status { REGISTERED, WAITING, CANCELLED }

    /** What a resident may need to take part; asked so the organisers can arrange it. */
    enum Need { INTERPRETER, CHILDCARE, TRANSPORT, DIET, ACCESSIBILITY }

    /** How someone came to be registered, for "who is at the table". */
    static final List<String> STAFF_CHANNELS = List.of("STAFF", "DOOR_TO_DOOR", "PHONE", "PAPER", "MEETING");
    static final String ONLINE = "ONLINE";
    static final int MAX_NOTE = 1000;

    /** A newcomer gets a place while places are left, else joins the end of the waiting list. */
    static Status newcomer(int placesTaken, int capacity) {
        return placesTaken < capacity ? Status.REGISTERED : Status.WAITING;
    }

    /**
     * Needs are kept only with the resident's consent, and a note only up to {@link #MAX_NOTE}
     * characters. Returns whether anything about needs is kept.
     *
     * @param note the cleaned note, or null
     */
    static boolean checkNeeds(List<Need> needs, String note, boolean consent) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidMeetingException("needsNote", "meeting.error.needsNoteTooLong");
        }
        boolean hasNeeds = !needs.isEmpty() || note != null;
        if (hasNeeds && !consent) {
            throw new InvalidMeetingException("consent", "meeting.error.needsConsent");
        }
        return hasNeeds;
    }

    /**
     * Cancels the registration. Needs were asked only to arrange this meeting: once someone is
     * not coming they go. Only a place or a waiting-list position can be cancelled.
     */
    Registration cancel(Instant now) {
        if (!active()) {
            throw new IllegalStateException("registration " + id + " is already cancelled");
        }
        return new Registration(id, collaborationId, meetingId, residentId, Status.CANCELLED, List.of(), null, channel,
                organisationId, registeredAt, placedAt, now, attended, seq);
    }

    /** Cancelling this registration frees a place for someone waiting. */
    boolean holdsPlace() {
        return status == Status.REGISTERED;
    }

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
