package nl.samenspraak.ripple.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import nl.samenspraak.ripple.internal.RippleRecords.EffectDraft;
import nl.samenspraak.ripple.internal.RippleRecords.Person;
import nl.samenspraak.ripple.internal.RippleRecords.Source;
import nl.samenspraak.ripple.internal.RippleRecords.StoredEffect;

/** What the facilitator typed for an effect, as text; {@link #check()} finds what cannot even be read. */
record EffectForm(String whatChanged, String forWhom, String valence, String intended, String ring, String capital,
                  String grewFrom, String happenedOn, String tellerKind, String tellerName, String tellerOrganisation,
                  String story) {

    /** The field order of the form, for the error summary. */
    static final java.util.List<String> FIELDS = java.util.List.of("whatChanged", "forWhom", "valence", "intended",
            "ring", "capital", "grewFrom", "happenedOn", "tellerKind", "tellerName", "tellerOrganisation", "story");

    /** An empty form with the defaults a session mostly needs: positive, intended, direct, social, told by a resident. */
    static EffectForm empty(LocalDate heldOn, String firstSource) {
        return new EffectForm("", "", Valence.POSITIVE.name(), "true", Ring.DIRECT.name(), Capital.SOCIAL.name(),
                firstSource, heldOn.toString(), TellerKind.RESIDENT.name(), "", "", "");
    }

    static EffectForm of(StoredEffect e) {
        return new EffectForm(e.whatChanged(), e.forWhom(), e.valence().name(), Boolean.toString(e.intended()),
                e.ring().name(), e.capital().name(), e.grewFrom().key(), e.happenedOn().toString(),
                e.teller().kind().name(), nullToEmpty(e.teller().name()), nullToEmpty(e.teller().organisation()),
                e.story());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (parse(Valence.class, valence) == null) {
            errors.put("valence", "ripple.staff.error.choice");
        }
        if (!"true".equals(intended) && !"false".equals(intended)) {
            errors.put("intended", "ripple.staff.error.choice");
        }
        if (parse(Ring.class, ring) == null) {
            errors.put("ring", "ripple.staff.error.choice");
        }
        if (parse(Capital.class, capital) == null) {
            errors.put("capital", "ripple.staff.error.choice");
        }
        if (source() == null) {
            errors.put("grewFrom", "ripple.staff.error.grewFrom");
        }
        if (date() == null) {
            errors.put("happenedOn", "ripple.staff.error.date");
        }
        if (parse(TellerKind.class, tellerKind) == null) {
            errors.put("tellerKind", "ripple.staff.error.choice");
        }
        return errors;
    }

    EffectDraft toDraft() {
        return new EffectDraft(whatChanged, forWhom, "true".equals(intended), parse(Valence.class, valence),
                parse(Ring.class, ring), parse(Capital.class, capital), story,
                new Person(parse(TellerKind.class, tellerKind), tellerName, tellerOrganisation), date(), source());
    }

    Source source() {
        if (grewFrom == null || grewFrom.length() < 3 || grewFrom.charAt(1) != ':'
                || grewFrom.charAt(0) != 'A' && grewFrom.charAt(0) != 'E') {
            return null;
        }
        UUID id = Ids.parseUuid(grewFrom.substring(2)).orElse(null);
        return id == null ? null : new Source(grewFrom.charAt(0) == 'A', id);
    }

    LocalDate date() {
        try {
            return happenedOn == null ? null : LocalDate.parse(happenedOn.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }
}
