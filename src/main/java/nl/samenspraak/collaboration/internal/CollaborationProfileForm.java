package nl.samenspraak.collaboration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.platform.Text;

/**
 * What the platform administrator may change about a collaboration after it exists: everything but the slug,
 * and the "four eyes on payments" setting (an unticked box arrives as null, meaning off).
 */
record CollaborationProfileForm(String name, String region, String description, String targetGroups,
                                Boolean paymentFourEyes) {

    static CollaborationProfileForm of(Collaboration collaboration, boolean paymentFourEyes) {
        return new CollaborationProfileForm(collaboration.name(), collaboration.region(), collaboration.description(),
                String.join(", ", collaboration.targetGroups()), paymentFourEyes);
    }

    CollaborationProfileForm cleaned() {
        return new CollaborationProfileForm(Text.clean(name), Text.clean(region), Text.clean(description),
                Text.clean(targetGroups), Boolean.TRUE.equals(paymentFourEyes));
    }

    /** Field id to message key, with the same rules as when the collaboration was created. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        CollaborationForm.validateProfile(name, region, description, targetGroups, errors);
        return errors;
    }

    List<String> targetGroupList() {
        return CollaborationForm.targetGroupList(targetGroups);
    }
}
