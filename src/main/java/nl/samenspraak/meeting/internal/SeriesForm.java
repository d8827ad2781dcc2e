package nl.samenspraak.meeting.internal;

import java.time.LocalDate;

/** A recurring structure as staff type it in. */
class SeriesForm {

    private String name = "";
    private String purpose = "";
    private String cadence = "";
    private String plannedPerYear = "";
    private String startsOn = "";

    static SeriesForm startingOn(LocalDate today) {
        SeriesForm f = new SeriesForm();
        f.startsOn = today.withDayOfMonth(1).toString();
        return f;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getCadence() { return cadence; }
    public void setCadence(String cadence) { this.cadence = cadence; }
    public String getPlannedPerYear() { return plannedPerYear; }
    public void setPlannedPerYear(String plannedPerYear) { this.plannedPerYear = plannedPerYear; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
}
