package nl.samenspraak.meeting.internal;

/** A venue as staff type it in. */
class VenueForm {

    private String name = "";
    private String address = "";
    private boolean stepFree;
    private boolean accessibleToilet;
    private boolean hearingLoop;
    private boolean publicTransport;
    private boolean parking;
    private String notes = "";

    /** The texts residents read (on the public meeting page), by field: checked for plain language before saving. */
    static final java.util.List<String> CHECKED_FIELDS = java.util.List.of("notes");

    java.util.Map<String, String> texts() {
        return java.util.Map.of("notes", notes == null ? "" : notes);
    }

    static VenueForm of(Venue v) {
        VenueForm f = new VenueForm();
        f.name = v.name();
        f.address = v.address();
        f.stepFree = v.stepFree();
        f.accessibleToilet = v.accessibleToilet();
        f.hearingLoop = v.hearingLoop();
        f.publicTransport = v.publicTransport();
        f.parking = v.parking();
        f.notes = v.notes() == null ? "" : v.notes();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isStepFree() { return stepFree; }
    public void setStepFree(boolean stepFree) { this.stepFree = stepFree; }
    public boolean isAccessibleToilet() { return accessibleToilet; }
    public void setAccessibleToilet(boolean accessibleToilet) { this.accessibleToilet = accessibleToilet; }
    public boolean isHearingLoop() { return hearingLoop; }
    public void setHearingLoop(boolean hearingLoop) { this.hearingLoop = hearingLoop; }
    public boolean isPublicTransport() { return publicTransport; }
    public void setPublicTransport(boolean publicTransport) { this.publicTransport = publicTransport; }
    public boolean isParking() { return parking; }
    public void setParking(boolean parking) { this.parking = parking; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
