package nl.samenspraak.feedback.internal;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputContacts;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "No more news about this process", from the link in a decision notice, without an account.
 * Opening the link changes nothing (mail scanners open links too); the button does. The page shows
 * only the process's public title: the link proves nothing about who holds it.
 */
@Controller
class StopNewsController {

    static final String STOP_VIEW = "feedback/stop-news";
    static final String STOPPED_VIEW = "feedback/stop-news-done";
    static final String UNKNOWN_VIEW = "feedback/stop-news-unknown";

    private final DecisionNewsLinks links;
    private final InputViews inputs;
    private final InputContacts contacts;
    private final Processes processes;

    StopNewsController(DecisionNewsLinks links, InputViews inputs, InputContacts contacts, Processes processes) {
        this.links = links;
        this.inputs = inputs;
        this.contacts = contacts;
        this.processes = processes;
    }

    @GetMapping("/nieuws-stoppen/{token}")
    ModelAndView showStop(@PathVariable String token) {
        var opened = links.open(token).flatMap(o -> inputs.find(o.collaborationId(), o.inputId())).orElse(null);
        if (opened == null) {
            return unknown();
        }
        ModelAndView page = new ModelAndView(STOP_VIEW);
        page.addObject("processTitle", processes.findPublic(opened.processId()).map(Process::title).orElse(""));
        page.addObject("alreadyStopped", links.stopped(opened.collaborationId(), opened.id()));
        page.addObject("token", token);
        return page;
    }

    @PostMapping("/nieuws-stoppen/{token}")
    @Transactional
    Object processStop(@PathVariable String token) {
        Input input = links.open(token).flatMap(o -> inputs.find(o.collaborationId(), o.inputId())).orElse(null);
        if (input == null) {
            return unknown();
        }
        links.stop(input.collaborationId(), input.processId(), sameAuthorInProcess(input));
        return Redirects.seeOther("/nieuws-stoppen/gestopt");
    }

    @GetMapping("/nieuws-stoppen/gestopt")
    String showStopped() {
        return STOPPED_VIEW;
    }

    /**
     * This input and the author's other inputs in the same process: "no news about this process"
     * means all of it, not one input out of three.
     */
    private List<UUID> sameAuthorInProcess(Input input) {
        var contact = contacts.of(input.collaborationId(), input.id()).orElse(null);
        if (contact == null) {
            return List.of(input.id());
        }
        List<UUID> same = contacts.inputsOf(input.collaborationId(), contact.email(), contact.phone(), contact.name(),
                contact.postalAddress());
        List<UUID> inProcess = inputs.findAll(input.collaborationId(), same).values().stream()
                .filter(other -> other.processId().equals(input.processId())).map(Input::id).toList();
        return inProcess.contains(input.id()) ? inProcess
                : java.util.stream.Stream.concat(inProcess.stream(), java.util.stream.Stream.of(input.id())).toList();
    }

    private static ModelAndView unknown() {
        ModelAndView page = new ModelAndView(UNKNOWN_VIEW);
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
