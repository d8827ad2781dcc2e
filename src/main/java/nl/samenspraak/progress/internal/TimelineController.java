package nl.samenspraak.progress.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.input.ProcessPageContributor.Alternate;
import nl.samenspraak.platform.Ids;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public timelines of a process and of a collaboration, their Atom feeds and the milestones' photos. No account needed. */
@Controller
class TimelineController {

    static final String PROCESS_VIEW = "progress/process-timeline";
    static final String COLLABORATION_VIEW = "progress/collaboration-timeline";
    static final int PAGE_SIZE = 30;
    /** A paging key as this page makes it: a date, "_", and an entry key. Anything else starts at the top. */
    private static final Pattern CURSOR = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}_[a-z]-[0-9a-f-]{1,60}$");

    private final Processes processes;
    private final Collaborations collaborations;
    private final Timelines timelines;
    private final MilestoneRows rows;
    private final MessageSource messages;

    TimelineController(Processes processes, Collaborations collaborations, Timelines timelines, MilestoneRows rows,
                       MessageSource messages) {
        this.processes = processes;
        this.collaborations = collaborations;
        this.timelines = timelines;
        this.rows = rows;
        this.messages = messages;
    }

    @GetMapping("/trajecten/{id}/voortgang")
    String showProcessTimeline(@PathVariable String id, Model model, Locale locale) {
        Process process = process(id);
        Collaboration collaboration = collaboration(process);
        model.addAttribute("process", process);
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("entries", timelines.ofProcess(process).entries());
        model.addAttribute("alternates", List.of(new Alternate(Timelines.processPath(process) + ".atom",
                "application/atom+xml", messages.getMessage("progress.feed.processTitle", new Object[] {process.title()}, locale))));
        return PROCESS_VIEW;
    }

    @GetMapping("/trajecten/{id}/voortgang.atom")
    ResponseEntity<byte[]> showProcessFeed(@PathVariable String id, Locale locale) {
        Process process = process(id);
        return feed(timelines.processFeed(process, collaboration(process), locale));
    }

    @GetMapping("/samenwerkingen/{slug}/voortgang")
    String showCollaborationTimeline(@PathVariable String slug, @RequestParam(name = "voor", required = false) String voor,
                                     Model model, Locale locale) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        String cursor = voor != null && CURSOR.matcher(voor).matches() ? voor : null;
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("page", timelines.ofCollaboration(collaboration).page(cursor, PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        model.addAttribute("alternates", List.of(new Alternate(Timelines.collaborationPath(collaboration) + ".atom",
                "application/atom+xml", messages.getMessage("progress.feed.collaborationTitle",
                new Object[] {collaboration.name()}, locale))));
        return COLLABORATION_VIEW;
    }

    @GetMapping("/samenwerkingen/{slug}/voortgang.atom")
    ResponseEntity<byte[]> showCollaborationFeed(@PathVariable String slug, Locale locale) {
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        return feed(timelines.collaborationFeed(collaboration, locale));
    }

    @GetMapping("/trajecten/{id}/voortgang/{milestoneId}/foto")
    ResponseEntity<byte[]> showPhoto(@PathVariable String id, @PathVariable String milestoneId) {
        UUID process = Ids.parseUuid(id).orElseThrow(NotFoundException::new);
        UUID milestone = Ids.parseUuid(milestoneId).orElseThrow(NotFoundException::new);
        MilestoneRows.StoredPhoto photo = rows.photo(process, milestone).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    private Process process(String id) {
        return Ids.parseUuid(id).flatMap(processes::findPublic).orElseThrow(NotFoundException::new);
    }

    private Collaboration collaboration(Process process) {
        return collaborations.findById(process.collaborationId()).orElseThrow(NotFoundException::new);
    }

    private static ResponseEntity<byte[]> feed(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.CONTENT_TYPE))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(body);
    }
}
