package nl.samenspraak.feedback.internal;

import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A decision as anyone may read it, without an account: what was decided, by whom, why, and how
 * far it has come, delays and stops with their reasons. It names no resident and no staff member.
 */
@Controller
class PublicDecisionController {

    static final String VIEW = "feedback/decision";

    private final DecisionBook decisions;
    private final Processes processes;

    PublicDecisionController(DecisionBook decisions, Processes processes) {
        this.decisions = decisions;
        this.processes = processes;
    }

    /** The address of a decision's public page, relative to the application. */
    static String path(DecisionId id) {
        return "/besluiten/" + id.value();
    }

    @GetMapping("/besluiten/{decisionId}")
    String showDecision(@PathVariable UUID decisionId, Model model) {
        PublicDecision decision = decisions.findPublic(new DecisionId(decisionId)).orElseThrow(NotFoundException::new);
        Process process = processes.findPublic(decision.processId())
                .filter(p -> p.collaborationId().equals(decision.collaborationId()))
                .orElseThrow(NotFoundException::new);
        model.addAttribute("decision", decision);
        model.addAttribute("process", process);
        return VIEW;
    }
}
