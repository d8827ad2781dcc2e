package nl.samenspraak.meeting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A place where meetings are held, with what it offers people who need help getting in and taking part. */
record Venue(UUID id, UUID collaborationId, String name, String address, boolean stepFree, boolean accessibleToilet,
             boolean hearingLoop, boolean publicTransport, boolean parking, String notes) {

    /** The accessibility features as message-key suffixes, in a fixed order; what is missing is said too. */
    public List<String> features() {
        List<String> keys = new ArrayList<>();
        keys.add(stepFree ? "stepFree" : "notStepFree");
        keys.add(accessibleToilet ? "accessibleToilet" : "noAccessibleToilet");
        keys.add(hearingLoop ? "hearingLoop" : "noHearingLoop");
        keys.add(publicTransport ? "publicTransport" : "noPublicTransport");
        keys.add(parking ? "parking" : "noParking");
        return keys;
    }
}
