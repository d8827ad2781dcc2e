package nl.samenspraak.ripple.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.ripple.ActivityKind;
import nl.samenspraak.ripple.Capital;
import nl.samenspraak.ripple.Ring;
import nl.samenspraak.ripple.TellerKind;
import nl.samenspraak.ripple.Valence;
import nl.samenspraak.ripple.internal.RippleRecords.ActivityRef;
import nl.samenspraak.ripple.internal.RippleRecords.EffectDraft;
import nl.samenspraak.ripple.internal.RippleRecords.Person;
import nl.samenspraak.ripple.internal.RippleRecords.SessionDraft;
import nl.samenspraak.ripple.internal.RippleRecords.Source;
import org.springframework.context.ApplicationContext;

/** Makes {@link nl.samenspraak.ripple.RippleCases} from the module's own services. */
public final class RippleCasesFromInternals implements nl.samenspraak.ripple.RippleCases {

    @Override
    public Map<String, String> aSessionWithAnEffect(ApplicationContext context, UUID collaborationId, UUID processId,
                                         LocalDate today) {
        RippleBook book = context.getBean(RippleBook.class);
        UUID session = book.startSession(collaborationId, new SessionDraft(today, "Terugblik", "Bram", 2,
                List.of(new Person(TellerKind.PROFESSIONAL, "Marieke Smit", "Wijkteam")),
                List.of(new ActivityRef(ActivityKind.PROCESS, processId, null))), "test");
        UUID effect = book.addEffect(collaborationId, session, new EffectDraft("Buren kennen elkaar", "de wijk", true,
                Valence.POSITIVE, Ring.DIRECT, Capital.SOCIAL, "", new Person(TellerKind.RESIDENT, null, null), today,
                new Source(true, processId)), "test");
        return Map.of("{remSessionId}", session.toString(), "{effectId}", effect.toString());
    }

    @Override
    public void aSessionWithAResident(ApplicationContext context, UUID collaborationId, UUID processId, String name,
                                      LocalDate today) {
        RippleBook book = context.getBean(RippleBook.class);
        UUID session = book.startSession(collaborationId, new SessionDraft(today, "Terugblik met inwoners", "Bram", 3,
                List.of(new Person(TellerKind.RESIDENT, name, null)),
                List.of(new ActivityRef(ActivityKind.PROCESS, processId, null))), "test");
        book.addEffect(collaborationId, session, new EffectDraft("Ik ken nu mijn buren", "de wijk", true,
                Valence.POSITIVE, Ring.DIRECT, Capital.SOCIAL, "", new Person(TellerKind.RESIDENT, name, null), today,
                new Source(true, processId)), "test");
    }
}
