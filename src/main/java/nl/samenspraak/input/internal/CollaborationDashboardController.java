package nl.samenspraak.input.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputModeration;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.language.PublishedTexts;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordinator's start page of one collaboration: how fast answers come and what must be answered now. */
@Controller
class CollaborationDashboardController {

    static final String VIEW = "input/staff/dashboard";
    static final int DUE_SOON_LIMIT = 50;
    static final InputViews.Speed NO_INPUT = new InputViews.Speed(0, 0, 0, 0, 0, 0, null, null);

    /** A process with its answer speed. */
    record ProcessRow(Process process, InputViews.Speed speed) {}

    /** An open input that is due soon or overdue; {@code daysLeft} is negative when it is late. */
    record DueRow(Input input, String processTitle, long daysLeft) {}

    private final StaffAccess staffAccess;
    private final Processes processes;
    private final InputViews views;
    private final InputModeration moderation;
    private final PublishedTexts publishedTexts;

    CollaborationDashboardController(StaffAccess staffAccess, Processes processes, InputViews views,
                                     InputModeration moderation, PublishedTexts publishedTexts) {
        this.moderation = moderation;
        this.publishedTexts = publishedTexts;
        this.staffAccess = staffAccess;
        this.processes = processes;
        this.views = views;
    }

    @GetMapping("/beheer/{slug}")
    String showDashboard(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        LocalDate today = views.today();
        List<Process> all = processes.ofCollaboration(access.collaborationId());
        Map<UUID, InputViews.Speed> speeds = views.speedPerProcess(access.collaborationId());
        Map<UUID, String> titles = all.stream().collect(Collectors.toMap(Process::id, Process::title));
        List<DueRow> dueSoon = views.dueSoon(access.collaborationId(), null, DUE_SOON_LIMIT).stream()
                .map(i -> new DueRow(i, titles.getOrDefault(i.processId(), ""), ChronoUnit.DAYS.between(today, i.answerDue())))
                .toList();
        model.addAttribute("access", access);
        model.addAttribute("canCreate", access.can(Role.COORDINATOR));
        model.addAttribute("openReports", moderation.openReportCount(access.collaborationId()));
        model.addAttribute("processes", all.stream()
                .map(p -> new ProcessRow(p, speeds.getOrDefault(p.id(), NO_INPUT))).toList());
        model.addAttribute("dueSoon", dueSoon);
        model.addAttribute("dueSoonLimit", DUE_SOON_LIMIT);
        model.addAttribute("total", views.speedOfCollaboration(access.collaborationId()));
        model.addAttribute("plainLanguage", publishedTexts.summary(access.collaborationId()));
        return VIEW;
    }
}
