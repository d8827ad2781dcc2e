package nl.samenspraak.progress.internal;

import java.util.List;
import java.util.Map;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A quick win, a milestone and an honest delay notice on the first process of texel, heerenveen and
 * mijnstreek, so the demo's process pages and timelines show "U zei, wij deden" with real content.
 */
@Component
@DemoOnly
@Order(50)
class ProgressDemo implements DemoContributor {

    /** What happened, and how many days before the demo's "today". */
    record Item(MilestoneKind kind, int daysAgo, String title, String text) {}

    static final Map<String, List<Item>> ITEMS = Map.of(
            "texel", List.of(
                    new Item(MilestoneKind.QUICK_WIN, 12, "Bankjes bij de bushalte in Den Hoorn",
                            "Veel ouderen vroegen om een plek om te zitten bij de bushalte. Er staan nu twee bankjes."),
                    new Item(MilestoneKind.MILESTONE, 5, "Alle inbreng is gelezen",
                            "De werkgroep heeft alle inbreng gelezen en in groepen gezet. In de volgende stap kiest de "
                                    + "coöperatie wat er eerst gebeurt."),
                    new Item(MilestoneKind.DELAY_NOTICE, 2, "De huiskamer in Oosterend opent later",
                            "We wilden de huiskamer in maart openen. Dat wordt mei, omdat de verbouwing van het "
                                    + "dorpshuis langer duurt. Het spijt ons. U hoort van ons als de datum vaststaat.")),
            "heerenveen", List.of(
                    new Item(MilestoneKind.QUICK_WIN, 9, "Een vast telefoonnummer voor mantelzorgers",
                            "Mantelzorgers zeiden dat ze niet wisten wie ze moesten bellen. Er is nu één nummer, elke "
                                    + "werkdag van 9 tot 12 uur."),
                    new Item(MilestoneKind.MILESTONE, 3, "Plan voor dagbesteding besproken",
                            "De wachttijd voor dagbesteding staat nu in het regioplan. De gemeenteraad bespreekt het plan "
                                    + "volgende maand.")),
            "mijnstreek", List.of(
                    new Item(MilestoneKind.QUICK_WIN, 7, "Spreekuur in de bibliotheek van Geleen",
                            "Inwoners vroegen om hulp bij formulieren dicht bij huis. Elke dinsdagochtend is er nu een "
                                    + "spreekuur in de bibliotheek."),
                    new Item(MilestoneKind.DELAY_NOTICE, 1, "De buurtbus rijdt nog niet",
                            "De buurtbus zou deze maand gaan rijden. Er zijn nog te weinig vrijwillige chauffeurs. We "
                                    + "zoeken er nog vier. Kunt u rijden? Meld u bij de coördinator.")));

    private final Milestones milestones;

    ProgressDemo(Milestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<Item> items = ITEMS.get(demo.slug());
        if (items == null || demo.processIds().isEmpty()) {
            return;
        }
        for (Item item : items) {
            milestones.add(demo.collaborationId(), demo.processIds().getFirst(), new nl.samenspraak.progress.NewMilestone(
                    item.kind(), demo.today().minusDays(item.daysAgo()), item.title(), item.text(), null, null),
                    demo.coordinatorId(), demo.coordinatorEmail());
        }
    }
}
