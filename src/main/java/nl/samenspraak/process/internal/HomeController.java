package nl.samenspraak.process.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front door for residents: where they can take part now, who runs it, and how to follow their input. The
 * list can be narrowed to a place (a collaboration or a region), a theme and "open for input" with a plain GET
 * form, so it works without JavaScript and a filtered list can be bookmarked or shared. Four queries whatever
 * the number of processes: collaborations, themes, processes, their phases.
 */
@Controller
class HomeController {

    static final String VIEW = "process/home";
    /** The most processes shown at once; more than this and the page asks to narrow the list. */
    static final int PROCESSES_SHOWN = 100;
    static final int SUMMARY_LENGTH = 160;
    static final int FILTER_MAX = 200;

    /** One line of the process list; the summary is cut to one line so the list stays easy to scan. */
    record ProcessItem(UUID id, String title, String summaryLine, List<String> themes, boolean open) {}

    /** The processes of one collaboration, under its name. */
    record Group(Collaboration collaboration, List<ProcessItem> processes) {}

    /** The filters as typed; blank means "any". */
    record HomeFilter(String place, String region, String theme, boolean open) {
        boolean any() {
            return !place.isEmpty() || !region.isEmpty() || !theme.isEmpty() || open;
        }
    }

    private final Processes processes;
    private final Collaborations collaborations;
    private final Clock clock;

    HomeController(Processes processes, Collaborations collaborations, Clock clock) {
        this.processes = processes;
        this.collaborations = collaborations;
        this.clock = clock;
    }

    @GetMapping("/")
    String showHome(@RequestParam(name = "samenwerkingsverband", required = false) String place,
                    @RequestParam(name = "regio", required = false) String region,
                    @RequestParam(name = "thema", required = false) String theme,
                    @RequestParam(name = "open", required = false) String open, Model model) {
        HomeFilter filter = new HomeFilter(typed(place), typed(region), typed(theme), "ja".equals(open));
        LocalDate today = LocalDate.now(clock);
        List<Collaboration> all = collaborations.all();
        Map<UUID, Collaboration> chosen = all.stream()
                .filter(c -> filter.place().isEmpty() || c.slug().equals(filter.place()))
                .filter(c -> filter.region().isEmpty() || c.region().equalsIgnoreCase(filter.region()))
                .collect(Collectors.toMap(Collaboration::id, c -> c, (x, y) -> x, LinkedHashMap::new));
        List<Process> found = processes.search(chosen.size() == all.size() ? null : chosen.keySet(), filter.theme(),
                filter.open() ? today : null, PROCESSES_SHOWN + 1);
        boolean more = found.size() > PROCESSES_SHOWN;
        List<Process> shown = more ? found.subList(0, PROCESSES_SHOWN) : found;

        model.addAttribute("groups", groups(all, shown, today));
        model.addAttribute("found", shown.size());
        model.addAttribute("more", more);
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("collaborations", all);
        model.addAttribute("regions", regions(all));
        model.addAttribute("themes", processes.themes());
        return VIEW;
    }

    /**
     * Each collaboration with its processes newest first; the collaboration with the newest process leads, so
     * what just started is at the top. Collaborations without a match are left out.
     */
    private static List<Group> groups(List<Collaboration> all, List<Process> shown, LocalDate today) {
        Map<UUID, Collaboration> byId = all.stream().collect(Collectors.toMap(Collaboration::id, c -> c));
        Map<UUID, List<ProcessItem>> items = new LinkedHashMap<>();
        for (Process p : shown) {
            if (byId.containsKey(p.collaborationId())) {
                items.computeIfAbsent(p.collaborationId(), k -> new ArrayList<>())
                        .add(new ProcessItem(p.id(), p.title(), firstLine(p.summary()), p.themes(), p.isOpenOn(today)));
            }
        }
        return items.entrySet().stream().map(e -> new Group(byId.get(e.getKey()), e.getValue())).toList();
    }

    /** Each region once (case does not matter), alphabetically. */
    private static List<String> regions(List<Collaboration> all) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        all.stream().map(Collaboration::region).filter(r -> r != null && !r.isBlank()).forEach(seen::add);
        return List.copyOf(seen);
    }

    private static String typed(String value) {
        String v = nl.samenspraak.platform.Text.clean(value);
        return v.length() > FILTER_MAX ? v.substring(0, FILTER_MAX) : v;
    }

    /** The first line of a summary, cut at a word before {@link #SUMMARY_LENGTH} characters. */
    static String firstLine(String summary) {
        if (summary == null) {
            return "";
        }
        String line = summary.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= SUMMARY_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return line.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1).strip() + "…";
    }
}
