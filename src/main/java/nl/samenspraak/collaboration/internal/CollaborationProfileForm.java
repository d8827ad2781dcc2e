package nl.samenspraak.collaboration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationContact;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.platform.Text;

/**
 * What the platform administrator may change about a collaboration after it exists: everything but the slug,
 * the "four eyes on payments" setting (an unticked box arrives as null, meaning off) and the open licence of
 * the open data.
 */
record CollaborationProfileForm(String name, String region, String description, String targetGroups,
                                Boolean paymentFourEyes, String licence, String contactPhone, String contactAddress) {

    /** Digits, spaces and the signs people write in phone numbers: "+31 (0)222 31 20 00", "0222-312000". */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+()\\- ]*[0-9][0-9+()\\- ]*");

    CollaborationProfileForm(String name, String region, String description, String targetGroups,
                             Boolean paymentFourEyes, String licence) {
        this(name, region, description, targetGroups, paymentFourEyes, licence, null, null);
    }

    static CollaborationProfileForm of(Collaboration collaboration, boolean paymentFourEyes,
                                       OpenDataLicence licence, CollaborationContact contact) {
        return new CollaborationProfileForm(collaboration.name(), collaboration.region(), collaboration.description(),
                String.join(", ", collaboration.targetGroups()), paymentFourEyes, licence.name(), contact.phone(),
                contact.postalAddress());
    }

    CollaborationProfileForm cleaned() {
        return new CollaborationProfileForm(Text.clean(name), Text.clean(region), Text.clean(description),
                Text.clean(targetGroups), Boolean.TRUE.equals(paymentFourEyes), Text.clean(licence),
                contactPhone == null ? null : Text.clean(contactPhone),
                contactAddress == null ? null : Text.clean(contactAddress).replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The contact details typed, or empty when the form did not send them (an older form keeps what is stored). */
    java.util.Optional<CollaborationContact> contact() {
        return contactPhone == null && contactAddress == null ? java.util.Optional.empty()
                : java.util.Optional.of(new CollaborationContact(contactPhone, contactAddress));
    }

    /** Field id to message key, with the same rules as when the collaboration was created. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        CollaborationForm.validateProfile(name, region, description, targetGroups, errors);
        // No choice sent (an older form or a client that leaves it out) keeps the licence as it is.
        if (licence != null && !licence.isEmpty() && OpenDataLicence.parse(licence).isEmpty()) {
            errors.put("licence", "collaboration.error.licence");
        }
        if (contactPhone != null && !contactPhone.isEmpty()) {
            if (contactPhone.length() > CollaborationContact.MAX_PHONE) {
                errors.put("contactPhone", "collaboration.error.contactPhoneTooLong");
            } else if (!PHONE.matcher(contactPhone).matches()) {
                errors.put("contactPhone", "collaboration.error.contactPhoneInvalid");
            }
        }
        if (contactAddress != null && contactAddress.length() > CollaborationContact.MAX_ADDRESS) {
            errors.put("contactAddress", "collaboration.error.contactAddressTooLong");
        }
        return errors;
    }

    /** The chosen licence, or empty when none was sent; only after {@link #validate()} found no error. */
    java.util.Optional<OpenDataLicence> openDataLicence() {
        return OpenDataLicence.parse(licence);
    }

    List<String> targetGroupList() {
        return CollaborationForm.targetGroupList(targetGroups);
    }
}
