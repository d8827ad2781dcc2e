package nl.samenspraak.resident.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.ParticipationSeries;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The "who is at the table" page: participants per scope against the population of an area. */
@Controller
class RepresentationController {

    static final String VIEW = "resident/staff/representation";

    /** A choice in the scope list: its value for {@code ?scope=} and how it is named. */
    record ScopeChoice(String value, String labelKey, String name) {}

    private final StaffAccess staffAccess;
    private final Representation representation;
    private final Populations populations;
    private final Processes processes;
    private final Collaborations collaborations;
    private final JdbcClient jdbc;
    private final ObjectProvider<ParticipationSeries> series;

    RepresentationController(StaffAccess staffAccess, Representation representation, Populations populations,
                             Processes processes, Collaborations collaborations, JdbcClient jdbc,
                             ObjectProvider<ParticipationSeries> series) {
        this.staffAccess = staffAccess;
        this.representation = representation;
        this.populations = populations;
        this.processes = processes;
        this.collaborations = collaborations;
        this.jdbc = jdbc;
        this.series = series;
    }

    @GetMapping("/beheer/{slug}/wie-doet-mee")
    String showComparison(Authentication authentication, @PathVariable String slug,
                          @RequestParam(required = false) String scope,
                          @RequestParam(name = "gebied", required = false) UUID areaId, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        UUID c = access.collaborationId();
        Representation.Scope chosen = Representation.Scope.parse(scope);
        List<ScopeChoice> choices = scopeChoices(c);
        // Only this collaboration's own pool, processes and series can be counted.
        ScopeChoice named = chosen == null ? null
                : choices.stream().filter(s -> s.value().equals(chosen.value())).findFirst().orElse(null);
        if (named == null) {
            throw new NotFoundException();
        }
        List<Populations.Area> areas = populations.areas(c);
        Populations.Area area = areaId == null ? areas.stream().findFirst().orElse(null)
                : areas.stream().filter(a -> a.id().equals(areaId)).findFirst().orElseThrow(NotFoundException::new);
        Populations.Counts counts = area == null ? new Populations.Counts(Map.of()) : populations.counts(c, area.id());
        model.addAttribute("access", access);
        model.addAttribute("scope", chosen.value());
        model.addAttribute("scopeChoices", choices);
        model.addAttribute("scopeName", named);
        model.addAttribute("areas", areas);
        model.addAttribute("area", area);
        model.addAttribute("comparison", representation.compare(c, chosen, counts));
        Map<String, String> organisations = new LinkedHashMap<>();
        collaborations.registeredOrganisations(c).forEach(o -> organisations.put(o.id().toString(), o.name()));
        model.addAttribute("organisations", organisations);
        return VIEW;
    }

    /**
     * The pool, every process and every meeting series by name; a series someone took part in that
     * no module names (any more) is still offered, numbered.
     */
    private List<ScopeChoice> scopeChoices(UUID c) {
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(new ScopeChoice("pool", "resident.representation.scope.pool", null));
        for (Process p : processes.ofCollaboration(c)) {
            choices.add(new ScopeChoice("process:" + p.id(), "resident.representation.scope.process", p.title()));
        }
        Set<UUID> named = new HashSet<>();
        series.orderedStream().flatMap(s -> s.of(c).stream()).forEach(s -> {
            if (named.add(s.id())) {
                choices.add(new ScopeChoice("series:" + s.id(), "resident.representation.scope.series", s.name()));
            }
        });
        int n = 0;
        for (UUID unnamed : jdbc.sql("SELECT series_id FROM resident_participation WHERE collaboration_id = :c"
                + " AND series_id IS NOT NULL GROUP BY series_id ORDER BY min(at)").param("c", c).query(UUID.class).list()) {
            if (!named.contains(unnamed)) {
                choices.add(new ScopeChoice("series:" + unnamed, "resident.representation.scope.unnamedSeries",
                        String.valueOf(++n)));
            }
        }
        return choices;
    }
}
