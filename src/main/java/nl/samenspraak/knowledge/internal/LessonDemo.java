package nl.samenspraak.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two lessons learned for texel, heerenveen and mijnstreek, linked to seed methods, themes and
 * target groups; the first of each was shared and approved, so the public knowledge base shows it.
 */
@Component
@DemoOnly
@Order(40)
class LessonDemo implements DemoContributor {

    private static final String ADMIN = "demo";

    static final Map<String, List<LessonDraft>> LESSONS = Map.of(
            "texel", List.of(
                    new LessonDraft("Een inloopochtend in het dorpshuis bereikt wie niet online komt",
                            "We hielden in vier dorpen een inloopochtend in het dorpshuis. Elke week zat dezelfde "
                                    + "medewerker van de coöperatie er op dezelfde tijd, met koffie. Inwoners konden daar "
                                    + "vertellen wat zij vinden van zorg dicht bij huis, zonder iets op te schrijven.",
                            "Ouderen in de kleine dorpen, vooral mensen die niet met een computer werken.",
                            "In zes weken kwamen 64 mensen langs. Bijna de helft had nog nooit meegedaan aan een "
                                    + "vragenlijst. Veel verhalen gingen over vervoer naar de huisarts en naar het "
                                    + "ziekenhuis aan de overkant. Het formulier op internet kreeg in dezelfde tijd 30 "
                                    + "reacties, vooral uit Den Burg.",
                            "Eerder beginnen met de dorpskrant en de kerk: de eerste twee weken kwam bijna niemand. "
                                    + "Mensen moesten eerst horen dat het er was. En vaker 's middags; 's ochtends hebben "
                                    + "veel mensen afspraken.",
                            List.of("inloopspreekuur", "werven-via-netwerken"),
                            List.of("participatieomgeving", "vroeg-betrekken"), List.of("ouderen", "laaggeletterden")),
                    new LessonDraft("Laten weten wat we ermee deden, houdt de groep bij elkaar",
                            "Na elke bijeenkomst van de klankbordgroep stuurden we binnen een week een korte brief: "
                                    + "wat we hoorden en wat we ermee deden.",
                            "De leden van de klankbordgroep, tussen 45 en 82 jaar oud.",
                            "In het eerste halfjaar bleven alle leden komen. Leden zeiden dat ze voor het eerst zagen "
                                    + "waar hun inbreng terechtkwam. Het kostte de coördinator ongeveer een uur per maand.",
                            "De brief ook op papier sturen. Twee leden lazen hun e-mail niet en misten zo wat er met "
                                    + "hun inbreng gebeurde.",
                            List.of("klankbordgroep"), List.of("koppel-terug", "sleutelpersonen"),
                            List.of("ouderen", "alle-inwoners"))),
            "heerenveen", List.of(
                    new LessonDraft("Gesprekken aan de keukentafel in plaats van één grote avond",
                            "Voor het regioplan zorg wilden we eerst een grote informatieavond. We kozen toch voor "
                                    + "twintig keukentafelgesprekken, samen met de ouderenbond. Een vrijwilliger en een "
                                    + "medewerker gingen samen op bezoek.",
                            "Ouderen die thuis wonen en hulp krijgen, en hun mantelzorgers, in Heerenveen, Wolvega en Joure.",
                            "We spraken 38 mensen. Zij vertelden veel meer dan mensen op een avond in een zaal doen. "
                                    + "Mensen die voor een partner of ouder zorgen, noemden vooral de wachttijd voor activiteiten overdag. Dat stond niet in het "
                                    + "plan en is toegevoegd.",
                            "De gesprekken plannen samen met de wijkverpleging, die de mensen al kent. En meteen na "
                                    + "het gesprek samen lezen wat we opschreven, niet een week later.",
                            List.of("keukentafelgesprekken", "werven-via-netwerken"),
                            List.of("wensen-en-behoeften", "veilige-omgeving"), List.of("ouderen", "mantelzorgers")),
                    new LessonDraft("Een stuk van dertig bladzijden werkt niet voor een klankbordgroep",
                            "We stuurden het hele conceptplan van de stuurgroep naar de klankbordgroep, met de vraag "
                                    + "om advies.",
                            "De groep die meedenkt over het hele plan: inwoners en leden van de Wmo-adviesraad en de ouderenbond.",
                            "Maar vier van de veertien leden hadden het stuk gelezen. De anderen voelden zich "
                                    + "overvallen. Het gesprek ging over de moeilijke taal, niet over de inhoud.",
                            "Eerst samen de drie belangrijkste vragen kiezen. Daarover een samenvatting van twee "
                                    + "bladzijden in gewone taal maken. Het hele stuk alleen als iemand erom vraagt.",
                            List.of("klankbordgroep"), List.of("machtsverhoudingen", "participatieomgeving"),
                            List.of("alle-inwoners"))),
            "mijnstreek", List.of(
                    new LessonDraft("Verhalen ophalen via mensen die de wijk al vertrouwt",
                            "Bij de vraag wat het leven in de wijk gezonder maakt, vroegen we buurtverbinders en een "
                                    + "sleutelpersoon van de moskee om verhalen op te halen. Zij gebruikten een kaart met "
                                    + "drie vragen.",
                            "Inwoners van Geleen-Zuid en Heerlen-Noord met weinig geld of geldzorgen, ook mensen met "
                                    + "een migratieachtergrond.",
                            "We kregen 71 verhalen, veel meer dan met de vragenlijst van vorig jaar. Geldzorgen en "
                                    + "slechte woningen kwamen het vaakst terug. Twee buurtverbinders vonden het zwaar "
                                    + "om verhalen over schulden te horen.",
                            "Buurtverbinders vooraf kort trainen: wat doen zij als iemand hulp nodig heeft, en wie "
                                    + "bellen zij dan? En hun vanaf het begin een vergoeding geven.",
                            List.of("buurtverbinders", "verhalentafels"), List.of("sleutelpersonen", "verbinden"),
                            List.of("lage-inkomens-en-schulden", "migratieachtergrond")),
                    new LessonDraft("Inwonerspanel: niet iedereen wil elke maand",
                            "We vroegen inwoners om zich voor een jaar aan het panel te binden, met elke maand een "
                                    + "bijeenkomst.",
                            "Inwoners van Sittard-Geleen en Heerlen die willen meedenken met de coalitie.",
                            "Van de 25 mensen die zich aanmeldden, haakten er 9 af toen ze hoorden dat het elke maand "
                                    + "was. Vooral jongere mensen en mensen met een baan.",
                            "Mensen zelf laten kiezen hoe vaak en hoe ze meedoen, via de inwonerpool. Een vaste kern "
                                    + "met een intentieverklaring, en daaromheen mensen die af en toe meedenken.",
                            List.of("inwonerpool", "intentieverklaring"), List.of("motivaties", "flexibele-aanpak"),
                            List.of("alle-inwoners", "jongeren"))));

    private final Lessons lessons;
    private final KnowledgeItems items;
    private final KnowledgeSeedLoader seed;

    LessonDemo(Lessons lessons, KnowledgeItems items, KnowledgeSeedLoader seed) {
        this.lessons = lessons;
        this.items = items;
        this.seed = seed;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<LessonDraft> drafts = LESSONS.get(demo.slug());
        if (drafts == null) {
            return;
        }
        seeded(drafts);
        for (int i = 0; i < drafts.size(); i++) {
            UUID id = lessons.write(demo.collaborationId(), drafts.get(i), demo.coordinatorEmail());
            if (i == 0) {
                lessons.requestSharing(demo.collaborationId(), id, demo.coordinatorEmail());
                lessons.approve(id, ADMIN);
            }
        }
    }

    /**
     * Lessons may only name known methods and target groups. The seed runner (order 5) normally ran
     * before the demo (order 10); loading is idempotent, so this also covers a demo load started
     * some other way, such as from a test.
     */
    private void seeded(List<LessonDraft> drafts) {
        List<String> methods = drafts.stream().flatMap(d -> d.methods().stream()).distinct().toList();
        if (items.byKeys(ItemType.METHOD, methods).size() < methods.size() || items.targetGroups().isEmpty()) {
            seed.load(KnowledgeSeedLoader.MAIN_SEED);
        }
    }
}
