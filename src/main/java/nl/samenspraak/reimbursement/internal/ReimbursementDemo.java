package nl.samenspraak.reimbursement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.reimbursement.ClaimId;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo claims for texel, heerenveen and mijnstreek: one of each stage a coordinator meets, handed
 * in by volunteers of the demo pool (found by name, so this runs after the pool demo).
 */
@Component
@DemoOnly
@Order(30)
class ReimbursementDemo implements DemoContributor {

    /** Claimants per collaboration: the pool's buurtverbinder, a host, a reader and a sounding-board member. */
    static final Map<String, List<String>> CLAIMANTS = Map.of(
            "texel", List.of("Gerrit Zoetelief", "Joke Dijt", "Klaas Bruin", "Hennie Rab"),
            "heerenveen", List.of("Marten de Vries", "Wytske Kuipers", "Sietse Bouma", "Froukje Zijlstra"),
            "mijnstreek", List.of("Bert Coumans", "Maud Schrijnemakers", "Wiel Pelzer", "Anja Lemmens"));

    /** Valid example account numbers (ISO 13616 check digits), not anyone's real account. */
    private static final List<String> IBANS =
            List.of("NL20INGB0001234567", "NL02ABNA0123456789", "NL39RABO0300065264", "NL44RABO0123456789");
    static final String PAYING_IBAN = "NL91ABNA0417164300";

    private final Claims claims;
    private final Decisions decisions;
    private final Payments payments;
    private final Limits limits;
    private final Residents residents;

    ReimbursementDemo(Claims claims, Decisions decisions, Payments payments, Limits limits, Residents residents) {
        this.claims = claims;
        this.decisions = decisions;
        this.payments = payments;
        this.limits = limits;
        this.residents = residents;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<String> names = CLAIMANTS.get(demo.slug());
        if (names == null) {
            return;
        }
        String actor = demo.coordinatorEmail();
        UUID c = demo.collaborationId();
        LocalDate today = demo.today();
        limitsFor(today.minusDays(40).getYear());
        limitsFor(today.getYear());
        payments.saveAccount(c, demo.name(), PAYING_IBAN, "ABNANL2A", actor);
        List<UUID> people = names.stream().map(name -> resident(c, name)).toList();

        UUID paid = claims.submit(c, people.get(0), new ClaimDraft(ClaimKind.TRAVEL_KM,
                "Huisbezoeken als buurtverbinder (vier ritten)", today.minusDays(40), new BigDecimal("46"), null, null,
                false, IBANS.get(0), names.get(0), false, null), null);
        decisions.approve(c, new ClaimId(paid), false, actor);
        payments.export(c, demo.coordinatorId(), actor);

        UUID approved = claims.submit(c, people.get(1), new ClaimDraft(ClaimKind.ALLOWANCE,
                "Gastvrouw bij de inloopochtend", today.minusDays(18), null, null, new BigDecimal("3"), false,
                IBANS.get(1), names.get(1), false, null), null);
        decisions.approve(c, new ClaimId(approved), false, actor);

        UUID rejected = claims.submit(c, people.get(2), new ClaimDraft(ClaimKind.TRAVEL_TICKET,
                "Busreis naar het ziekenhuis", today.minusDays(14), null, new BigDecimal("12.40"), null, false,
                IBANS.get(2), names.get(2), false, null), null);
        decisions.reject(c, new ClaimId(rejected), "Deze reis was voor uw eigen afspraak in het ziekenhuis. Wij betalen alleen "
                + "reiskosten voor vrijwilligerswerk en bijeenkomsten van het samenwerkingsverband.", actor);

        // The buurtverbinder's next trip goes to the account of the paid claim, without typing it again.
        claims.submit(c, people.get(0), new ClaimDraft(ClaimKind.TRAVEL_KM, "Rit naar de klankbordgroep en terug",
                today.minusDays(6), new BigDecimal("18"), null, null, false, null, null, true, null), null);
        // Typed in by the coordinator from a paper form.
        claims.submit(c, people.get(3), new ClaimDraft(ClaimKind.ALLOWANCE, "Meegelezen met de folder over mantelzorg",
                today.minusDays(3), null, null, new BigDecimal("2.5"), false, IBANS.get(3), names.get(3), false, null),
                actor);
    }

    /** The pool member of that name, or a new resident when the pool demo did not add one. */
    private UUID resident(UUID collaborationId, String name) {
        return residents.search(collaborationId, name, null, 1).stream().map(r -> r.resident().id()).findFirst()
                .orElseGet(() -> residents.register(collaborationId, new ResidentDetails(name, null, null, null,
                        ContactChannel.NONE, "nl")));
    }

    /**
     * Claims need the limits of their year. A demo started in a year nobody entered yet carries the
     * newest known limits over, marked unconfirmed so the administrator's page asks for a check.
     */
    private void limitsFor(int year) {
        if (limits.forYear(year).isPresent()) {
            return;
        }
        limits.all().stream().findFirst().ifPresent(last -> limits.save(new YearLimits(year, last.hourlyMaxAdult(),
                last.hourlyMaxYoung(), last.monthlyMax(), last.yearlyMax(), last.kmRate(),
                "Demo: overgenomen van " + last.year() + ", nog niet gecontroleerd", false), "demo"));
    }
}
