package nl.samenspraak.ripple.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.internal.RippleRecords.ActivityRef;
import nl.samenspraak.ripple.internal.RippleRecords.Person;
import nl.samenspraak.ripple.internal.RippleRecords.SessionDraft;

/**
 * A new REM session as typed: residents who gave a first name one per line, professionals one per line as
 * "name, organisation", residents who gave no name only counted, and the activities ticked ("PROCESS:id").
 */
record SessionForm(String heldOn, String title, String facilitator, String residentsCounted, String residents,
                   String professionals, List<String> activities) {

    static final List<String> FIELDS = List.of("heldOn", "title", "facilitator", "residentsCounted", "residents",
            "professionals", "activities");

    static SessionForm empty(LocalDate today) {
        return new SessionForm(today.toString(), "", "", "0", "", "", List.of());
    }

    SessionForm {
        activities = activities == null ? List.of() : activities;
    }

    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (date() == null) {
            errors.put("heldOn", "ripple.staff.error.date");
        }
        if (counted() < 0) {
            errors.put("residentsCounted", "ripple.staff.error.residentsCounted");
        }
        if (refs() == null) {
            errors.put("activities", "ripple.staff.error.activity");
        }
        return errors;
    }

    SessionDraft toDraft() {
        List<Person> people = new ArrayList<>();
        for (String line : lines(residents)) {
            people.add(new Person(TellerKind.RESIDENT, line, null));
        }
        for (String line : lines(professionals)) {
            int comma = line.indexOf(',');
            people.add(comma < 0 ? new Person(TellerKind.PROFESSIONAL, line, null)
                    : new Person(TellerKind.PROFESSIONAL, line.substring(0, comma).strip(), line.substring(comma + 1).strip()));
        }
        return new SessionDraft(date(), title, facilitator, counted(), people, refs());
    }

    public boolean ticked(String key) {
        return activities.contains(key);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date() {
        try {
            return heldOn == null ? null : LocalDate.parse(heldOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    int counted() {
        try {
            return residentsCounted == null || residentsCounted.isBlank() ? 0 : Integer.parseInt(residentsCounted.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The ticked activities, or null when one cannot be read (a tampered value). */
    List<ActivityRef> refs() {
        List<ActivityRef> refs = new ArrayList<>();
        for (String value : activities) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon < 0) {
                return null;
            }
            ActivityKind kind = EffectForm.parse(ActivityKind.class, value.substring(0, colon));
            UUID id = Ids.parseUuid(value.substring(colon + 1)).orElse(null);
            if (kind == null || id == null) {
                return null;
            }
            refs.add(new ActivityRef(kind, id, null));
        }
        return refs;
    }
}
