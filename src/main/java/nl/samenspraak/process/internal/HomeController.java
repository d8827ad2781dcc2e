package nl.samenspraak.process.internal;

import nl.samenspraak.process.Processes;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door for residents: where they can take part now, who runs it, and how to follow their input. */
@Controller
class HomeController {

    static final String VIEW = "process/home";
    static final int PROCESSES_SHOWN = 30;
    static final int SUMMARY_LENGTH = 160;

    /** One line of the process list; the summary is cut to one line so the list stays easy to scan. */
    record ProcessItem(UUID id, String title, String collaborationName, String summaryLine) {}

    private final Processes processes;
    private final Collaborations collaborations;

    HomeController(Processes processes, Collaborations collaborations) {
        this.processes = processes;
        this.collaborations = collaborations;
    }

    @GetMapping("/")
    String showHome(Model model) {
        List<Collaboration> all = collaborations.all();
        Map<UUID, String> names = all.stream().collect(Collectors.toMap(Collaboration::id, Collaboration::name));
        model.addAttribute("processes", processes.newest(PROCESSES_SHOWN).stream()
                .map(p -> new ProcessItem(p.id(), p.title(), names.getOrDefault(p.collaborationId(), ""),
                        firstLine(p.summary())))
                .toList());
        model.addAttribute("collaborations", all);
        return VIEW;
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
