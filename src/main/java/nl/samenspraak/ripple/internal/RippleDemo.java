package nl.samenspraak.ripple.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two REM sessions about a year apart for texel, heerenveen and mijnstreek, with effects over three years:
 * chains of what grew from what, good and bad, intended and not, in every ring and most capitals.
 */
@Component
@DemoOnly
@Order(90)
class RippleDemo implements DemoContributor {

    /**
     * One effect: in session 1 or 2, grown from activity {@code activity} when {@code parent} is -1, else from
     * the effect at index {@code parent} of the list; it happened {@code daysAgo} before the demo's today.
     */
    record Item(int session, String what, String forWhom, Valence valence, boolean intended, Ring ring,
                Capital capital, int activity, int parent, int daysAgo, TellerKind teller, String name, String story) {}

    private static final TellerKind R = TellerKind.RESIDENT;
    private static final TellerKind P = TellerKind.PROFESSIONAL;

    static final List<Item> ITEMS = List.of(
            new Item(1, "Buren kennen elkaar beter", "bewoners van de wijk", Valence.POSITIVE, true, Ring.DIRECT,
                    Capital.SOCIAL, 0, -1, 1050, R, "Anja",
                    "Na de eerste avonden groet ik veel meer mensen op straat. Ik weet nu wie ik kan vragen."),
            new Item(1, "Een vaste koffieochtend in het dorpshuis", "ouderen die alleen wonen", Valence.POSITIVE, false,
                    Ring.INDIRECT, Capital.SOCIAL, 0, 0, 980, R, "Henk",
                    "Dat was niet het plan. Een paar mensen wilden elkaar blijven zien. Nu komen er elke week twintig."),
            new Item(1, "Vrijwilligers leerden samen een plan maken", "de vrijwilligers", Valence.POSITIVE, true,
                    Ring.DIRECT, Capital.HUMAN, 0, -1, 1000, P, "Marieke",
                    "Ze schreven zelf een plan voor de koffieochtend. Ze weten nu hoe je geld aanvraagt."),
            new Item(1, "Te veel werk voor een paar mensen", "de vaste vrijwilligers", Valence.NEGATIVE, false,
                    Ring.DIRECT, Capital.HUMAN, 0, 1, 900, R, null,
                    "Het komt steeds op dezelfde drie mensen aan. Soms is dat te zwaar."),
            new Item(1, "De gemeente vraagt inwoners eerder om mee te denken", "inwoners en de gemeente",
                    Valence.POSITIVE, true, Ring.COMMUNITY, Capital.POLITICAL, 1, -1, 820, P, "Jeroen",
                    "Bij het nieuwe plan voor de zorg zaten inwoners vanaf het begin aan tafel."),
            new Item(1, "Minder mensen wachten lang op hulp", "mantelzorgers", Valence.POSITIVE, true,
                    Ring.INDIRECT, Capital.FINANCIAL, 1, -1, 760, P, "Sanne",
                    "Er is één nummer voor vragen. Mensen hoeven niet meer van loket naar loket."),
            new Item(1, "Een bankje en een pad bij het dorpshuis", "ouderen en mensen met een rollator",
                    Valence.POSITIVE, true, Ring.COMMUNITY, Capital.BUILT, 1, 4, 700, R, "Gerrit",
                    "Wij vroegen erom in de avond. Een half jaar later lag er een nieuw pad."),
            new Item(1, "Jongeren voelden zich niet gehoord", "jongeren", Valence.NEGATIVE, false, Ring.INDIRECT,
                    Capital.CULTURAL, 1, 4, 690, R, null,
                    "De avonden waren op een tijd dat wij moeten werken of naar school gaan."),
            new Item(1, "Meer mensen doen mee aan de moestuin", "gezinnen in de wijk", Valence.MIXED, false,
                    Ring.COMMUNITY, Capital.NATURAL, 0, 1, 640, R, "Fatima",
                    "De tuin is mooi. Maar er is ook ruzie over wie wat mag oogsten."),
            new Item(1, "Huisarts en wijkteam werken beter samen", "professionals", Valence.POSITIVE, false,
                    Ring.INDIRECT, Capital.SOCIAL, 1, 5, 600, P, "Karim",
                    "We kenden elkaar eerst alleen van de mail. Nu bellen we elkaar als dat nodig is."),
            new Item(2, "Jongeren hebben een eigen avond", "jongeren", Valence.POSITIVE, true, Ring.DIRECT,
                    Capital.CULTURAL, 0, 7, 330, R, "Daan",
                    "Na de klacht van vorig jaar is er een avond op vrijdag. Daar komen wij wel."),
            new Item(2, "Een tweede groep vrijwilligers", "de vaste vrijwilligers", Valence.POSITIVE, true,
                    Ring.DIRECT, Capital.HUMAN, 0, 3, 300, P, "Marieke",
                    "Er kwamen zes nieuwe mensen bij. Het werk is nu beter verdeeld."),
            new Item(2, "Het dorpshuis krijgt vast geld van de gemeente", "het dorpshuis", Valence.POSITIVE, true,
                    Ring.COMMUNITY, Capital.FINANCIAL, 1, 4, 250, P, "Jeroen",
                    "De raad zag wat er gebeurde. Het geld staat nu voor vier jaar in de begroting."),
            new Item(2, "Meer mensen komen naar het spreekuur", "inwoners met vragen over geld", Valence.MIXED, false,
                    Ring.INDIRECT, Capital.FINANCIAL, 1, 5, 200, P, "Sanne",
                    "Goed dat ze komen. Maar de wachttijd is nu twee weken. Daar moeten we iets aan doen."),
            new Item(2, "Inwoners schrijven mee aan het plan van de regio", "inwoners in de regio", Valence.POSITIVE,
                    true, Ring.COMMUNITY, Capital.POLITICAL, 1, 12, 150, R, "Anja",
                    "Ik zit nu in een groep die het plan leest voor het naar de raad gaat."),
            new Item(2, "Het pad wordt ook gebruikt door kinderen op de fiets", "ouders en kinderen", Valence.MIXED,
                    false, Ring.COMMUNITY, Capital.BUILT, 1, 6, 120, R, null,
                    "Kinderen fietsen er nu veilig naar school. Maar voor wie slecht loopt, gaat het soms te snel."),
            new Item(2, "Ouderen durven vaker om hulp te vragen", "ouderen die alleen wonen", Valence.POSITIVE, false,
                    Ring.DIRECT, Capital.SOCIAL, 0, 1, 90, R, "Henk",
                    "Op de koffieochtend vertel je wat er speelt. Dan helpt iemand je wel."),
            new Item(2, "Minder geld voor een ander project", "de sportclub", Valence.NEGATIVE, false,
                    Ring.COMMUNITY, Capital.FINANCIAL, 1, 12, 60, P, "Jeroen",
                    "Het vaste geld voor het dorpshuis ging ten koste van een plan van de sportclub."),
            new Item(2, "Een groene strook langs het water", "de hele wijk", Valence.POSITIVE, true, Ring.COMMUNITY,
                    Capital.NATURAL, 0, 8, 45, R, "Fatima",
                    "De tuinclub plantte bloemen langs het water. Nu zitten daar vaak mensen."));

    static final Map<String, String[]> SESSIONS = Map.of(
            "texel", new String[] {"Terugblik met de dorpen", "Tweede terugblik met de dorpen", "Bram de Vries"},
            "heerenveen", new String[] {"Wat heeft het opgeleverd?", "Wat heeft het opgeleverd, een jaar later?", "Lotte Bakker"},
            "mijnstreek", new String[] {"Effecten in kaart in Geleen", "Effecten in kaart, een jaar later", "Ruud Janssen"});

    private final RippleBook book;
    private final DecisionBook decisions;

    RippleDemo(RippleBook book, DecisionBook decisions) {
        this.book = book;
        this.decisions = decisions;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        String[] names = SESSIONS.get(demo.slug());
        if (names == null || demo.processIds().isEmpty()) {
            return;
        }
        UUID c = demo.collaborationId();
        List<ActivityRef> activities = new ArrayList<>();
        activities.add(new ActivityRef(ActivityKind.PROCESS, demo.processIds().getFirst(), null));
        decisions.ofCollaboration(c).stream().findFirst()
                .ifPresentOrElse(d -> activities.add(new ActivityRef(ActivityKind.DECISION, d.id().value(), null)),
                        () -> activities.add(new ActivityRef(ActivityKind.PROCESS, demo.processIds().getLast(), null)));
        List<Person> people = List.of(new Person(R, "Anja", null), new Person(R, "Henk", null),
                new Person(R, "Fatima", null), new Person(P, "Marieke Smit", "Welzijn in de wijk"),
                new Person(P, "Jeroen Mulder", "Gemeente"));
        UUID first = book.startSession(c, new SessionDraft(demo.today().minusDays(400), names[0], names[2], 4, people,
                activities), demo.coordinatorEmail());
        UUID second = book.startSession(c, new SessionDraft(demo.today().minusDays(35), names[1], names[2], 6,
                List.of(new Person(R, "Anja", null), new Person(R, "Daan", null), new Person(P, "Sanne Visser", "Wijkteam")),
                activities), demo.coordinatorEmail());
        List<UUID> added = new ArrayList<>();
        for (Item item : ITEMS) {
            UUID activity = activities.get(Math.min(item.activity(), activities.size() - 1)).id();
            Source from = item.parent() < 0 ? new Source(true, activity) : new Source(false, added.get(item.parent()));
            added.add(book.addEffect(c, item.session() == 1 ? first : second, new EffectDraft(item.what(),
                    item.forWhom(), item.intended(), item.valence(), item.ring(), item.capital(), item.story(),
                    new Person(item.teller(), item.name(), null), demo.today().minusDays(item.daysAgo()), from),
                    demo.coordinatorEmail()));
        }
    }
}
