package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.DemoContributor;
import nl.samenspraak.platform.DemoOnly;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "U zei, wij deden" in the demo: decisions on the first process of zoetermeer, texel and
 * heerenveen, linked to the demo inputs they answer (found by words in their text), with
 * dated updates; one is done, one delayed with its reason, the rest planned or under way.
 */
@Component
@DemoOnly
@Order(50)
class DecisionDemo implements DemoContributor {

    private static final String ACTOR = "demo";

    /** A dated step: {@code daysAgo} before the demo's today. */
    record Step(DecisionState state, String text, int daysAgo) {}

    /** A decision and the words that find the inputs it answers. */
    record Draft(String title, String text, String decidedBy, int daysAgo, String reasons, List<String> words,
                 List<Step> steps) {}

    static final Map<String, List<Draft>> DECISIONS = Map.of(
            "zoetermeer", List.of(
                    new Draft("De stoep in de Dorpsstraat wordt recht gelegd",
                            "De gemeente legt de stoep in de Dorpsstraat opnieuw. De stoep wordt vlak en breed genoeg "
                                    + "voor een rollator of rolstoel. Bij de oversteekplaatsen komt de stoep omlaag.",
                            "Het bestuur van de Gezondheidsregio, met de gemeente Zoetermeer", 40,
                            "Meerdere ouderen zeiden dat zij niet meer naar de winkels durven. Een scheve stoep is een "
                                    + "grote kans om te vallen. Dit is snel en voor weinig geld op te lossen.",
                            List.of("stoep"),
                            List.of(new Step(DecisionState.IN_PROGRESS, "De werkzaamheden zijn begonnen. De stoep is "
                                    + "aan de kant van de bakker al klaar.", 20),
                                    new Step(DecisionState.DONE, "De hele stoep is klaar. Loopt u er eens over? "
                                            + "Laat het ons weten als er nog iets niet goed is.", 4))),
                    new Draft("Meer openbare toiletten in het Stadshart",
                            "In het Stadshart komen twee openbare toiletten bij, ook voor mensen in een rolstoel. "
                                    + "Winkels die meedoen krijgen een sticker op de deur: hier mag u naar het toilet.",
                            "Het bestuur van de Gezondheidsregio, met de gemeente Zoetermeer", 30,
                            "Wie niet weet waar een toilet is, blijft thuis. Dat maakt eenzaam.",
                            List.of("toilet"),
                            List.of(new Step(DecisionState.DELAYED, "De plek bij het stadhuis kan niet: daar liggen "
                                    + "kabels in de grond. We zoeken samen met de winkeliers een nieuwe plek. Daardoor "
                                    + "duurt het ongeveer drie maanden langer.", 8)))),
            "texel", List.of(
                    new Draft("Controles vaker op het eiland, ook via beeldbellen",
                            "Wie vaak voor controle naar Den Helder moet, kan een deel van de controles op Texel "
                                    + "krijgen: in de huisartsenpraktijk, of via beeldbellen met de specialist. "
                                    + "De praktijkondersteuner helpt bij het beeldbellen.",
                            "De zorgpartners op Texel, op advies van het bestuur van Samen Beter", 35,
                            "Een hele dag reizen voor een controle van tien minuten is zwaar, ook voor mantelzorgers.",
                            List.of("controle", "overkant"),
                            List.of(new Step(DecisionState.IN_PROGRESS, "Sinds deze maand doen twee praktijken in "
                                    + "Den Burg mee. De andere praktijken volgen na de zomer.", 10))),
                    new Draft("Een afspraak maken kan altijd ook per telefoon",
                            "Bij alle huisartsen en bij de wijkverpleging op Texel kunt u een afspraak blijven maken "
                                    + "door te bellen. De app komt erbij, niet in plaats daarvan.",
                            "De zorgpartners op Texel, op advies van het bestuur van Samen Beter", 35, null,
                            List.of("computer", "app"), List.of())),
            "heerenveen", List.of(
                    new Draft("Alles blijft ook zonder app te regelen",
                            "In het regioplan staat nu: alles wat u met een app kunt regelen, kunt u ook aan de "
                                    + "telefoon of aan de balie regelen.",
                            "De stuurgroep van het regioplan, na advies van de klankbordgroep", 25,
                            "Veel ouderen kunnen of willen niet met een app werken. Zij mogen niet buiten de boot vallen.",
                            List.of("app"), List.of(new Step(DecisionState.DONE, "De tekst is aangepast in het "
                            + "regioplan dat de stuurgroep heeft vastgesteld.", 12))),
                    new Draft("Meer huisartsen en praktijkondersteuners in de regio",
                            "Huisartsen en het ziekenhuis gaan meer samenwerken. Daarom werft de regio twee "
                                    + "huisartsen en vier praktijkondersteuners extra.",
                            "De stuurgroep van het regioplan, na advies van de klankbordgroep", 25, null,
                            List.of("huisarts"),
                            List.of(new Step(DecisionState.DELAYED, "Er zijn nog te weinig huisartsen die hier willen "
                                    + "komen werken. Het zoeken duurt langer dan we dachten. In het najaar vertellen "
                                    + "we hoe het ervoor staat.", 6)))));

    private final DecisionBook decisions;
    private final InputViews inputs;

    DecisionDemo(DecisionBook decisions, InputViews inputs) {
        this.decisions = decisions;
        this.inputs = inputs;
    }

    @Override
    public void contribute(DemoCollaboration demo) {
        List<Draft> drafts = DECISIONS.get(demo.slug());
        if (drafts == null || demo.processIds().isEmpty()) {
            return;
        }
        UUID process = demo.processIds().getFirst();
        LocalDate today = demo.today().isAfter(inputs.today()) ? inputs.today() : demo.today();
        for (Draft draft : drafts) {
            Set<UUID> linked = new LinkedHashSet<>();
            for (String word : draft.words()) {
                inputs.choosable(demo.collaborationId(), process, word, null, 100).items().stream()
                        .map(Input::id).forEach(linked::add);
            }
            DecisionId id = decisions.record(demo.collaborationId(), process, new NewDecision(draft.title(), draft.text(),
                    draft.decidedBy(), today.minusDays(draft.daysAgo()), draft.reasons(), List.copyOf(linked)),
                    demo.coordinatorId(), ACTOR);
            for (Step step : draft.steps()) {
                decisions.update(demo.collaborationId(), id, step.state(), step.text(), today.minusDays(step.daysAgo()),
                        demo.coordinatorId(), ACTOR);
            }
        }
    }
}
