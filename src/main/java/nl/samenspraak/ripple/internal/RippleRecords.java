package nl.samenspraak.ripple.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;

/** The staff-side records of REM, with names: only the ripple pages (audited) and the privacy export see them. */
final class RippleRecords {

    private RippleRecords() {}

    /** Someone who took part or told an effect: a resident by first name or none ("een inwoner"), a professional by name. */
    record Person(TellerKind kind, String name, String organisation) {
        public boolean named() {
            return name != null && !name.isBlank();
        }
    }

    record ActivityRef(ActivityKind kind, UUID id, String title) {
        public String key() {
            return kind + ":" + id;
        }
    }

    record Session(UUID id, LocalDate heldOn, String title, String facilitator, int residentsCounted,
                   List<Person> participants, List<ActivityRef> activities) {}

    record SessionSummary(UUID id, LocalDate heldOn, String title, int effects) {}

    record SessionDraft(LocalDate heldOn, String title, String facilitator, int residentsCounted,
                        List<Person> participants, List<ActivityRef> activities) {}

    /** What grew into an effect: an activity (by its own id) or another effect. */
    record Source(boolean activity, UUID id) {
        public String key() {
            return (activity ? "A:" : "E:") + id;
        }
    }

    record EffectDraft(String whatChanged, String forWhom, boolean intended, Valence valence, Ring ring,
                       Capital capital, String story, Person teller, LocalDate happenedOn, Source grewFrom) {}

    record StoredEffect(UUID id, UUID sessionId, String whatChanged, String forWhom, boolean intended, Valence valence,
                        Ring ring, Capital capital, String story, Person teller, LocalDate happenedOn, Source grewFrom) {}
}
