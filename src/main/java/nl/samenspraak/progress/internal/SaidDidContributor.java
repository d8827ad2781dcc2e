package nl.samenspraak.progress.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.ProcessPageContributor;
import nl.samenspraak.process.Process;
import nl.samenspraak.progress.Milestone;
import nl.samenspraak.progress.MilestoneKind;
import nl.samenspraak.progress.Milestones;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "U zei, wij deden" at the top of the public process page: what residents raised (counts per
 * status), what was decided, and what is done, with the way to the whole timeline. Four queries,
 * whatever the number of inputs and decisions.
 */
@Component
@Order(0)
class SaidDidContributor implements ProcessPageContributor {

    /** The newest few; the timeline has them all. */
    static final int SHOWN = 5;

    private final InputViews inputs;
    private final DecisionBook decisions;
    private final Milestones milestones;
    private final MessageSource messages;

    SaidDidContributor(InputViews inputs, DecisionBook decisions, Milestones milestones, MessageSource messages) {
        this.inputs = inputs;
        this.decisions = decisions;
        this.milestones = milestones;
        this.messages = messages;
    }

    /** A status with how many inputs have it now. */
    record StatusCount(FeedbackStatus status, int count) {}

    @Override
    public Optional<Contribution> contribute(Process process, Locale locale) {
        Map<FeedbackStatus, Integer> counts = inputs.countsByStatus(process.id());
        int raised = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<StatusCount> perStatus = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
        List<PublicDecision> decided = decisions.ofProcess(process.collaborationId(), process.id());
        List<Milestone> quickWins = milestones.ofProcess(process.collaborationId(), process.id()).stream()
                .filter(m -> m.kind() == MilestoneKind.QUICK_WIN && !m.date().isAfter(inputs.today())).toList();
        List<PublicDecision> done = decided.stream().filter(d -> d.state() == DecisionState.DONE).toList();
        String feed = Timelines.processPath(process) + ".atom";
        return Optional.of(new Contribution("progress/said-did", "saidDid", Map.of(
                "raised", raised,
                "perStatus", perStatus,
                "decisions", decided.stream().limit(SHOWN).toList(),
                "decisionCount", decided.size(),
                "done", done.stream().limit(SHOWN).toList(),
                "doneCount", done.size(),
                "quickWins", quickWins.stream().limit(SHOWN).toList(),
                "quickWinCount", quickWins.size(),
                "timeline", Timelines.processPath(process),
                "feed", feed),
                List.of(new Alternate(feed, "application/atom+xml",
                        messages.getMessage("progress.feed.processTitle", new Object[] {process.title()}, locale)))));
    }
}
