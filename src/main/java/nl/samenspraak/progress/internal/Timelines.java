package nl.samenspraak.progress.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.progress.Milestones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the timelines of a process and of a collaboration, and their Atom feeds; a fixed number of queries each. */
@Component
class Timelines {

    private final Processes processes;
    private final DecisionBook decisions;
    private final Milestones milestones;
    private final InputViews inputs;
    private final MessageSource messages;
    private final String baseUrl;

    Timelines(Processes processes, DecisionBook decisions, Milestones milestones, InputViews inputs,
              MessageSource messages, @Value("${samenspraak.base-url}") String baseUrl) {
        this.processes = processes;
        this.decisions = decisions;
        this.milestones = milestones;
        this.inputs = inputs;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Timeline ofProcess(Process process) {
        return Timeline.of(List.of(process), decisions.ofProcess(process.collaborationId(), process.id()),
                milestones.ofProcess(process.collaborationId(), process.id()), inputs.today());
    }

    Timeline ofCollaboration(Collaboration collaboration) {
        return Timeline.of(processes.ofCollaboration(collaboration.id()), decisions.ofCollaboration(collaboration.id()),
                milestones.ofCollaboration(collaboration.id()), inputs.today());
    }

    static String processPath(Process process) {
        return "/trajecten/" + process.id() + "/voortgang";
    }

    static String collaborationPath(Collaboration collaboration) {
        return "/samenwerkingen/" + collaboration.slug() + "/voortgang";
    }

    byte[] processFeed(Process process, Collaboration collaboration, Locale locale) {
        String page = baseUrl + processPath(process);
        return feed("urn:uuid:" + process.id(), message("progress.feed.processTitle", locale, process.title()),
                page + ".atom", page, collaboration.name(), ofProcess(process), locale);
    }

    byte[] collaborationFeed(Collaboration collaboration, Locale locale) {
        String page = baseUrl + collaborationPath(collaboration);
        return feed("urn:uuid:" + collaboration.id(), message("progress.feed.collaborationTitle", locale, collaboration.name()),
                page + ".atom", page, collaboration.name(), ofCollaboration(collaboration), locale);
    }

    /** The newest {@value #FEED_SIZE} entries; phases are left out, they are plans rather than news. */
    static final int FEED_SIZE = 50;

    private byte[] feed(String id, String title, String self, String page, String author, Timeline timeline,
                        Locale locale) {
        List<AtomFeed.Item> items = new ArrayList<>();
        for (Timeline.Entry e : timeline.entries()) {
            if (e.kind() == Timeline.Kind.PHASE) {
                continue;
            }
            if (items.size() == FEED_SIZE) {
                break;
            }
            String label = e.state() != null && e.kind() == Timeline.Kind.DECISION_UPDATE
                    ? message("progress.state." + e.state(), locale)
                    : message("progress.kind." + e.kind(), locale);
            items.add(new AtomFeed.Item("tag:samenspraak.nl,2026:voortgang/" + e.key(), label + ": " + e.title(), e.text(), e.date(),
                    baseUrl + "/trajecten/" + e.processId() + "/voortgang#" + e.key()));
        }
        java.time.LocalDate updated = timeline.entries().stream().map(Timeline.Entry::date)
                .filter(d -> !d.isAfter(inputs.today())).findFirst().orElse(inputs.today());
        return AtomFeed.write(id, title, self, page, author, updated, items);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
