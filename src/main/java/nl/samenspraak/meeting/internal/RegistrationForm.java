package nl.samenspraak.meeting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;

/**
 * A registration as typed by a resident, or by staff for a resident (then also how they were
 * reached, which member organisation brought them in, or an existing resident picked from a search).
 */
class RegistrationForm {

    private String name = "";
    private String contactBy = "";
    private String email = "";
    private String phone = "";
    private String postalAddress = "";
    private List<String> needs = new ArrayList<>();
    private String needsNote = "";
    /** Text, not boolean: a tampered value is simply "no consent" instead of a binding error. */
    private String consent = "";
    private String channel = "";
    private String organisationId = "";
    private String residentId = "";
    private String language = "";

    NewRegistration toOnline(String language) {
        return new NewRegistration(null, details(language), needList(), needsNote, isConsentGiven(), Registration.ONLINE, null,
                null, null);
    }

    NewRegistration toStaff(UUID staffId, String actor) {
        if (!Registration.STAFF_CHANNELS.contains(channel)) {
            throw new InvalidMeetingException("channel", "meeting.error.channel");
        }
        UUID existing = MeetingForm.optionalId(residentId, "residentId", "meeting.error.resident");
        UUID organisation = MeetingForm.optionalId(organisationId, "organisationId", "meeting.error.organisation");
        return new NewRegistration(existing, existing == null ? details(language) : null, needList(), needsNote, isConsentGiven(),
                channel, organisation, staffId, actor);
    }

    private ResidentDetails details(String lang) {
        ContactChannel by = Arrays.stream(ContactChannel.values()).filter(c -> c.name().equals(contactBy)).findFirst()
                .orElse(ContactChannel.NONE);
        // Keep only what the chosen channel needs: less to store, less to lose.
        return new ResidentDetails(name, by == ContactChannel.EMAIL ? email : null, by == ContactChannel.PHONE ? phone : null,
                by == ContactChannel.POST ? postalAddress : null, by, lang);
    }

    private List<Registration.Need> needList() {
        if (needs == null) {
            return List.of();
        }
        List<Registration.Need> result = new ArrayList<>();
        for (String n : needs) {
            Registration.Need need = Arrays.stream(Registration.Need.values()).filter(x -> x.name().equals(n)).findFirst()
                    .orElseThrow(() -> new InvalidMeetingException("needs", "meeting.error.needs"));
            result.add(need);
        }
        return result.stream().filter(Objects::nonNull).distinct().toList();
    }

    public boolean hasNeed(String need) {
        return needs != null && needs.contains(need);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContactBy() { return contactBy; }
    public void setContactBy(String contactBy) { this.contactBy = contactBy; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public List<String> getNeeds() { return needs; }
    public void setNeeds(List<String> needs) { this.needs = needs; }
    public String getNeedsNote() { return needsNote; }
    public void setNeedsNote(String needsNote) { this.needsNote = needsNote; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public boolean isConsentGiven() { return "true".equals(consent); }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String organisationId) { this.organisationId = organisationId; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String residentId) { this.residentId = residentId; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
