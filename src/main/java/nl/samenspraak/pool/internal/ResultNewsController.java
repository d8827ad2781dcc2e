package nl.samenspraak.pool.internal;

import nl.samenspraak.platform.Redirects;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalLink;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "No more news about this process" from a pool member's mail about a decision. Opening the link
 * changes nothing (mail scanners open links); the button does. Shows no personal data.
 */
@Controller
class ResultNewsController {

    static final String STOP_VIEW = "pool/news-stop";
    static final String STOPPED_VIEW = "pool/news-stopped";

    private final Residents residents;
    private final PoolMembers members;
    private final ResultNewsRows rows;
    private final Processes processes;

    ResultNewsController(Residents residents, PoolMembers members, ResultNewsRows rows, Processes processes) {
        this.residents = residents;
        this.members = members;
        this.rows = rows;
        this.processes = processes;
    }

    /** What a link opens: a member and the process they want no more news about. */
    private record Opened(PersonalLink link, Member member) {}

    @GetMapping("/inwonerpool/nieuws-stoppen/{token}")
    String showStop(@PathVariable String token, Model model) {
        Opened opened = open(token);
        model.addAttribute("processTitle", processes.findPublic(opened.link().subjectId()).map(Process::title).orElse(""));
        model.addAttribute("alreadyStopped", rows.stopped(opened.link().collaborationId(), opened.member().id(),
                opened.link().subjectId()));
        model.addAttribute("token", token);
        return STOP_VIEW;
    }

    @PostMapping("/inwonerpool/nieuws-stoppen/{token}")
    RedirectView processStop(@PathVariable String token) {
        Opened opened = open(token);
        rows.stop(opened.link().collaborationId(), opened.member().id(), opened.link().subjectId());
        return Redirects.seeOther("/inwonerpool/nieuws-gestopt");
    }

    @GetMapping("/inwonerpool/nieuws-gestopt")
    String showStopped() {
        return STOPPED_VIEW;
    }

    private Opened open(String token) {
        PersonalLink link = residents.resolveLink(token, PoolLinks.RESULT_NEWS)
                .orElseThrow(PoolPages.LinkUnknownException::new);
        Member member = members.ofResident(link.collaborationId(), link.residentId())
                .orElseThrow(PoolPages.LinkUnknownException::new);
        return new Opened(link, member);
    }
}
