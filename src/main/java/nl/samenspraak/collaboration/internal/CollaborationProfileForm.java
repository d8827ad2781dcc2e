package nl.samenspraak.collaboration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.platform.Text;

/**
 * What the platform administrator may change about a collaboration after it exists: everything but the slug,
 * the "four eyes on payments" setting (an unticked box arrives as null, meaning off) and the open licence of
 * the open data.
 */
record CollaborationProfileForm(String name, String region, String description, String targetGroups,
                                Boolean paymentFourEyes, String licence) {

    static CollaborationProfileForm of(Collaboration collaboration, boolean paymentFourEyes,
                                       OpenDataLicence licence) {
        return new CollaborationProfileForm(collaboration.name(), collaboration.region(), collaboration.description(),
                String.join(", ", collaboration.targetGroups()), paymentFourEyes, licence.name());
    }

    CollaborationProfileForm cleaned() {
        return new CollaborationProfileForm(Text.clean(name), Text.clean(region), Text.clean(description),
                Text.clean(targetGroups), Boolean.TRUE.equals(paymentFourEyes), Text.clean(licence));
    }

    /** Field id to message key, with the same rules as when the collaboration was created. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        CollaborationForm.validateProfile(name, region, description, targetGroups, errors);
        // No choice sent (an older form or a client that leaves it out) keeps the licence as it is.
        if (licence != null && !licence.isEmpty() && OpenDataLicence.parse(licence).isEmpty()) {
            errors.put("licence", "collaboration.error.licence");
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
