package nl.samenspraak.process;

import nl.samenspraak.collaboration.Collaborations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "process/home";

    private final Processes processes;
    private final Collaborations collaborations;

    HomeController(Processes processes, Collaborations collaborations) {
        this.processes = processes;
        this.collaborations = collaborations;
    }

    @GetMapping("/")
    String showHome(Model model) {
        var all = collaborations.all();
        model.addAttribute("processes", processes.newest(30));
        model.addAttribute("collaborationNames", all.stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c.name())));
        model.addAttribute("collaborations", all);
        return VIEW;
    }
}
