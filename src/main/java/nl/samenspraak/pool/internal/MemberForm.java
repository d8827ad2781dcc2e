package nl.samenspraak.pool.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;

/**
 * Joining the pool: contact details, interests, energy, limits and consents. Staff adding
 * someone after a conversation also fill in the last five fields (or pick an existing resident).
 */
record MemberForm(String name, String email, String phone, String postalAddress, String contactBy,
                  List<String> interests, String interestsOther, List<String> energy, String hoursPerMonth,
                  List<String> days, List<String> dayParts, String maxAsksPerMonth, List<String> ways,
                  String consentInvitations, String consentResults,
                  String resident, String language, String consentHow, String consentOn, String organisation) {

    static final List<ContactChannel> CHANNELS = List.of(ContactChannel.EMAIL, ContactChannel.POST, ContactChannel.PHONE);

    static MemberForm empty(LocalDate today, String resident) {
        ProfileForm p = ProfileForm.empty();
        return new MemberForm("", "", "", "", null, p.interests(), p.interestsOther(), p.energy(), p.hoursPerMonth(),
                p.days(), p.dayParts(), p.maxAsksPerMonth(), p.ways(), null, null, resident, "nl", null,
                today.toString(), null);
    }

    ProfileForm profile() {
        return new ProfileForm(interests, interestsOther, energy, hoursPerMonth, days, dayParts, maxAsksPerMonth, ways,
                consentInvitations, consentResults);
    }

    public boolean isConsentHow(String choice) {
        return choice.equals(consentHow);
    }

    UUID residentId() {
        return CommitmentForm.uuid(resident);
    }

    UUID organisationId() {
        return CommitmentForm.uuid(organisation);
    }

    ConsentHow consentHowValue() {
        return Vocabulary.parse(ConsentHow.class, consentHow).orElse(null);
    }

    LocalDate consentOnValue() {
        return ActivityForm.dateOrNull(consentOn);
    }

    ResidentDetails details(String languageOfPage) {
        ContactChannel by = Vocabulary.parse(ContactChannel.class, contactBy).orElse(ContactChannel.NONE);
        return new ResidentDetails(name, email, phone, postalAddress, by, languageOfPage);
    }

    /** Contact and profile problems, all at once (message keys); a picked resident needs no contact details. */
    Map<String, String> check(boolean byStaff, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!byStaff || residentId() == null) {
            ContactChannel by = Vocabulary.parse(ContactChannel.class, contactBy).orElse(null);
            if (by == null || !CHANNELS.contains(by)) {
                errors.put("contactBy", "pool.error.contactBy");
            } else {
                switch (by) {
                    case EMAIL -> require(errors, email, "email", "resident.error.emailRequired");
                    case POST -> {
                        require(errors, name, "name", "resident.error.nameRequiredForPost");
                        require(errors, postalAddress, "postalAddress", "resident.error.postalAddressRequired");
                    }
                    case PHONE -> require(errors, phone, "phone", "resident.error.phoneRequired");
                    default -> { }
                }
            }
        }
        errors.putAll(profile().check());
        if (byStaff) {
            ConsentHow how = consentHowValue();
            if (how == null || how == ConsentHow.ONLINE) {
                errors.put("consentHow", "pool.error.consentHow");
            }
            LocalDate on = consentOnValue();
            if (on == null || on.isAfter(today) || on.isBefore(today.minusYears(1))) {
                errors.put("consentOn", "pool.error.consentOn");
            }
            if (!Text.clean(organisation).isEmpty() && organisationId() == null) {
                errors.put("organisation", "pool.error.choice");
            }
        }
        return errors;
    }

    private static void require(Map<String, String> errors, String value, String field, String key) {
        if (Text.clean(value).isEmpty()) {
            errors.put(field, key);
        }
    }
}
