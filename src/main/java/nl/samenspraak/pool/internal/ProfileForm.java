package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspraak.platform.Text;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Way;

/**
 * The interests, energy, limits and consents as typed on a form. Every value is a string (or a
 * list of strings), so nothing a browser sends can fail binding; {@link #check()} decides.
 */
record ProfileForm(List<String> interests, String interestsOther, List<String> energy, String hoursPerMonth,
                   List<String> days, List<String> dayParts, String maxAsksPerMonth, List<String> ways,
                   String consentInvitations, String consentResults) {

    static final String CHECKED = "true";

    static ProfileForm empty() {
        return new ProfileForm(List.of(), "", List.of(), "4", List.of(), List.of(), "2", List.of(), null, null);
    }

    static ProfileForm of(Profile p, boolean invitations, boolean results) {
        return new ProfileForm(Vocabulary.names(p.interests()), p.interestsOther(), Vocabulary.names(p.energy()),
                String.valueOf(p.hoursPerMonth()), Vocabulary.names(p.days()), Vocabulary.names(p.dayParts()),
                String.valueOf(p.maxAsksPerMonth()), Vocabulary.names(p.ways()),
                invitations ? CHECKED : null, results ? CHECKED : null);
    }

    public boolean invitationsChecked() {
        return CHECKED.equals(consentInvitations);
    }

    public boolean resultsChecked() {
        return CHECKED.equals(consentResults);
    }

    /** For the templates: is this choice ticked in that list? */
    static boolean ticked(List<String> list, String value) {
        return list != null && list.contains(value);
    }

    /** Field to message key, all problems at once. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (Vocabulary.parseAll(Interest.class, interests) == null) {
            errors.put("interests", "pool.error.choice");
        }
        if (Text.clean(interestsOther).length() > Profile.MAX_OTHER) {
            errors.put("interestsOther", "pool.error.interestsOtherTooLong");
        }
        if (Vocabulary.parseAll(Energy.class, energy) == null) {
            errors.put("energy", "pool.error.choice");
        }
        Integer hours = number(hoursPerMonth);
        if (hours == null || hours < 1 || hours > Profile.MAX_HOURS) {
            errors.put("hoursPerMonth", "pool.error.hoursPerMonth");
        }
        Set<DayOfWeek> d = Vocabulary.parseAll(DayOfWeek.class, days);
        if (d == null || d.isEmpty()) {
            errors.put("days", "pool.error.days");
        }
        Set<DayPart> parts = Vocabulary.parseAll(DayPart.class, dayParts);
        if (parts == null || parts.isEmpty()) {
            errors.put("dayParts", "pool.error.dayParts");
        }
        Integer asks = number(maxAsksPerMonth);
        if (asks == null || asks < 1 || asks > Profile.MAX_ASKS) {
            errors.put("maxAsksPerMonth", "pool.error.maxAsksPerMonth");
        }
        Set<Way> w = Vocabulary.parseAll(Way.class, ways);
        if (w == null || w.isEmpty()) {
            errors.put("ways", "pool.error.ways");
        }
        if (!invitationsChecked()) {
            errors.put("consentInvitations", "pool.error.consentInvitations");
        }
        return errors;
    }

    /** The profile; only after {@link #check()} found nothing. */
    Profile toProfile() {
        return new Profile(Vocabulary.parseAll(Interest.class, interests), Text.cleanOrNull(interestsOther),
                Vocabulary.parseAll(Energy.class, energy), number(hoursPerMonth),
                Vocabulary.parseAll(DayOfWeek.class, days), Vocabulary.parseAll(DayPart.class, dayParts),
                number(maxAsksPerMonth), Vocabulary.parseAll(Way.class, ways));
    }

    static Integer number(String value) {
        String v = Text.clean(value);
        if (v.isEmpty() || v.length() > 6 || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(v);
    }
}
