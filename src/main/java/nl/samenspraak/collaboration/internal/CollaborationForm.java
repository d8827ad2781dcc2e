package nl.samenspraak.collaboration.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import nl.samenspraak.platform.Text;
import org.springframework.web.context.request.WebRequest;

/**
 * What the platform administrator typed to create a collaboration. Organisation rows
 * are read from repeated parameters by hand: letting the binder convert a single value
 * would split a name like "Gemeente Texel, afdeling Zorg" at the comma.
 */
record CollaborationForm(String name, String slug, String region, String description, String targetGroups,
                         List<OrganisationRow> organisations) {

    record OrganisationRow(String name, String type) {
        static final OrganisationRow EMPTY = new OrganisationRow("", "");

        boolean isEmpty() {
            return name.isEmpty();
        }
    }

    /** Without JavaScript the form cannot grow, so it always offers this many rows and two spare ones. */
    static final int MIN_ROWS = 5;
    static final int SPARE_ROWS = 2;
    static final int MAX_ORGANISATIONS = 40;
    static final int NAME_MAX = 200;
    static final int SLUG_MAX = 60;
    static final int REGION_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int TARGET_GROUPS_MAX = 1000;
    /** The same rule as the database check on collaboration.slug. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static CollaborationForm empty() {
        return new CollaborationForm("", "", "", "", "", List.of());
    }

    static CollaborationForm from(WebRequest request) {
        String[] names = values(request, "organisationName");
        String[] types = values(request, "organisationType");
        int rows = Math.min(Math.max(names.length, types.length), MAX_ORGANISATIONS + 1);
        List<OrganisationRow> organisations = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            organisations.add(new OrganisationRow(i < names.length ? Text.clean(names[i]) : "",
                    i < types.length ? Text.clean(types[i]) : ""));
        }
        return new CollaborationForm(Text.clean(request.getParameter("name")), Text.clean(request.getParameter("slug")),
                Text.clean(request.getParameter("region")), Text.clean(request.getParameter("description")),
                Text.clean(request.getParameter("targetGroups")), organisations);
    }

    private static String[] values(WebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    /** Field id to message key; empty when everything is right. Field ids match the ids in the template. */
    Map<String, String> validate() {
        Map<String, String> profile = new LinkedHashMap<>();
        validateProfile(name, region, description, targetGroups, profile);
        // The summary lists errors in the order of the fields: name, slug, then the rest.
        Map<String, String> errors = new LinkedHashMap<>();
        if (profile.containsKey("name")) {
            errors.put("name", profile.get("name"));
        }
        if (slug.isEmpty()) {
            errors.put("slug", "collaboration.error.slugRequired");
        } else if (slug.length() > SLUG_MAX) {
            errors.put("slug", "collaboration.error.slugTooLong");
        } else if (!SLUG.matcher(slug).matches()) {
            errors.put("slug", "collaboration.error.slugInvalid");
        }
        errors.putAll(profile);
        for (int i = 0; i < organisations.size() && i < MAX_ORGANISATIONS; i++) {
            OrganisationRow row = organisations.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (row.name().length() > NAME_MAX) {
                errors.put(rowField(i, "name"), "collaboration.error.organisationNameTooLong");
            }
            if (type(row) == null) {
                errors.put(rowField(i, "type"), "collaboration.error.organisationTypeRequired");
            }
        }
        if (organisations.stream().filter(r -> !r.isEmpty()).count() > MAX_ORGANISATIONS) {
            errors.put(rowField(0, "name"), "collaboration.error.tooManyOrganisations");
        }
        return errors;
    }

    /** The rules for the fields a collaboration keeps after it was created; shared with the edit form. */
    static void validateProfile(String name, String region, String description, String targetGroups,
                                Map<String, String> errors) {
        if (name.isEmpty()) {
            errors.put("name", "collaboration.error.nameRequired");
        } else if (name.length() > NAME_MAX) {
            errors.put("name", "collaboration.error.nameTooLong");
        }
        if (region.isEmpty()) {
            errors.put("region", "collaboration.error.regionRequired");
        } else if (region.length() > REGION_MAX) {
            errors.put("region", "collaboration.error.regionTooLong");
        }
        if (description.length() > DESCRIPTION_MAX) {
            errors.put("description", "collaboration.error.descriptionTooLong");
        }
        if (targetGroups.length() > TARGET_GROUPS_MAX) {
            errors.put("targetGroups", "collaboration.error.targetGroupsTooLong");
        }
    }

    static String rowField(int row, String part) {
        return "organisation-" + row + "-" + part;
    }

    /** The rows to show again: what was typed, in place (so errors stay next to their row), plus spare rows. */
    List<OrganisationRow> rowsToShow() {
        int last = -1;
        for (int i = 0; i < organisations.size(); i++) {
            OrganisationRow row = organisations.get(i);
            if (!row.isEmpty() || !row.type().isEmpty()) {
                last = i;
            }
        }
        List<OrganisationRow> rows = new ArrayList<>(organisations.subList(0, last + 1));
        int wanted = Math.min(Math.max(MIN_ROWS, rows.size() + SPARE_ROWS), MAX_ORGANISATIONS);
        while (rows.size() < wanted) {
            rows.add(OrganisationRow.EMPTY);
        }
        return rows;
    }

    /** "ouderen, mantelzorgers,, jongeren" becomes three groups, each once ({@link Collaboration#targetGroupsFrom}). */
    List<String> targetGroupList() {
        return targetGroupList(targetGroups);
    }

    static List<String> targetGroupList(String targetGroups) {
        return Collaboration.targetGroupsFrom(targetGroups);
    }

    List<MemberOrganisation> memberOrganisations() {
        return organisations.stream().filter(r -> !r.isEmpty())
                .map(r -> new MemberOrganisation(r.name(), type(r))).toList();
    }

    private static OrganisationType type(OrganisationRow row) {
        return Arrays.stream(OrganisationType.values()).filter(t -> t.name().equals(row.type())).findFirst().orElse(null);
    }
}
