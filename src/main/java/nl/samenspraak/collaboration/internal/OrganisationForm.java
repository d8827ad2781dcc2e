package nl.samenspraak.collaboration.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.platform.Text;

/** One organisation the administrator adds to an existing collaboration. */
public record OrganisationForm(String organisationName, String organisationType) {

    public static OrganisationForm empty() {
        return new OrganisationForm("", "");
    }

    OrganisationForm cleaned() {
        return new OrganisationForm(Text.clean(organisationName), Text.clean(organisationType));
    }

    /** Field id to message key; field ids match the ids in the template. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (organisationName.isEmpty()) {
            errors.put("organisationName", "collaboration.error.organisationNameRequired");
        } else if (organisationName.length() > CollaborationForm.NAME_MAX) {
            errors.put("organisationName", "collaboration.error.organisationNameTooLong");
        }
        if (type() == null) {
            errors.put("organisationType", "collaboration.error.organisationTypeRequired");
        }
        return errors;
    }

    MemberOrganisation organisation() {
        return new MemberOrganisation(organisationName, type());
    }

    private OrganisationType type() {
        return Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(organisationType))
                .findFirst().orElse(null);
    }
}
