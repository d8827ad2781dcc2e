package nl.samenspraak.meeting.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.Text;

/** A meeting as staff plan it: one day, a start and end time, a venue and a number of places. */
class MeetingForm {

    private String title = "";
    private String about = "";
    private String processId = "";
    private String seriesId = "";
    private String venueId = "";
    private String date = "";
    private String startTime = "";
    private String endTime = "";
    private String capacity = "";

    /** The texts residents read, by field: checked for plain language before the meeting is saved. */
    static final java.util.List<String> CHECKED_FIELDS = java.util.List.of("about");

    java.util.Map<String, String> texts() {
        return java.util.Map.of("about", about == null ? "" : about);
    }

    static MeetingForm empty() {
        MeetingForm f = new MeetingForm();
        f.startTime = "19:00";
        f.endTime = "21:00";
        f.capacity = "20";
        return f;
    }

    static MeetingForm of(Meeting m) {
        MeetingForm f = new MeetingForm();
        f.title = m.title();
        f.about = m.about();
        f.processId = m.processId() == null ? "" : m.processId().toString();
        f.seriesId = m.seriesId() == null ? "" : m.seriesId().toString();
        f.venueId = m.venueId().toString();
        f.date = m.date().toString();
        f.startTime = m.startTime().toString();
        f.endTime = m.endTime().toString();
        f.capacity = String.valueOf(m.capacity());
        return f;
    }

    static int number(String value, String field, String key) {
        String v = Text.clean(value);
        if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(Character::isDigit)) {
            throw new InvalidMeetingException(field, key);
        }
        return Integer.parseInt(v);
    }

    static UUID optionalId(String value, String field, String key) {
        String v = Text.clean(value);
        if (v.isEmpty()) {
            return null;
        }
        return Ids.parseUuid(v).orElseThrow(() -> new InvalidMeetingException(field, key));
    }

    static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(Text.clean(value));
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingException(field, "meeting.error.date");
        }
    }

    static LocalTime time(String value, String field) {
        try {
            return LocalTime.parse(Text.clean(value));
        } catch (DateTimeParseException e) {
            throw new InvalidMeetingException(field, "meeting.error.time");
        }
    }

    private static UUID fail(String field, String key) {
        throw new InvalidMeetingException(field, key);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAbout() { return about; }
    public void setAbout(String about) { this.about = about; }
    public String getProcessId() { return processId; }
    public void setProcessId(String processId) { this.processId = processId; }
    public String getSeriesId() { return seriesId; }
    public void setSeriesId(String seriesId) { this.seriesId = seriesId; }
    public String getVenueId() { return venueId; }
    public void setVenueId(String venueId) { this.venueId = venueId; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
}
