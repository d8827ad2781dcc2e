package nl.samenspraak.process;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.platform.Text;
import nl.samenspraak.process.Processes.InvalidProcessException;

/**
 * A participation process as read by pages and other modules. It owns the rules that hold whatever the channel
 * (form or API): a title and summary, a place on the ladder, an answer deadline of one day to a year, an influence
 * promise of reasonable length and complete, dated phases.
 */
public record Process(UUID id, UUID collaborationId, String title, String summary, List<String> themes,
                      List<String> targetGroups, String area, ParticipationLevel level, InfluencePromise promise,
                      int answerWithinDays, String firstInvolvedPhase, List<Phase> phases) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 5000;
    /** Area, first involved phase and phase names. */
    public static final int SHORT_TEXT_MAX = 200;
    public static final int PROMISE_PART_MAX = 2000;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 100;
    public static final int PHASES_MAX = 20;
    public static final int ANSWER_WITHIN_DAYS_MIN = 1;
    public static final int ANSWER_WITHIN_DAYS_MAX = 365;

    public ProcessId processId() {
        return new ProcessId(id);
    }

    /** Open for input on this day: one of its phases runs then. */
    public boolean isOpenOn(java.time.LocalDate day) {
        return phases.stream().anyMatch(phase -> phase.isCurrent(day));
    }

    /**
     * A new process of this collaboration from a draft that keeps the rules, its texts cleaned of control
     * characters and its empty themes and target groups left out.
     *
     * @throws InvalidProcessException naming the field and the rule the draft breaks
     */
    public static Process create(ProcessId id, UUID collaborationId, ProcessDraft draft) {
        check(draft);
        return new Process(id.value(), collaborationId, Text.clean(draft.title()), Text.clean(draft.summary()),
                tags(draft.themes()), tags(draft.targetGroups()), Text.clean(draft.area()), draft.level(),
                new InfluencePromise(Text.clean(draft.promise().open()), Text.clean(draft.promise().fixed()),
                        Text.clean(draft.promise().decides()), Text.clean(draft.promise().when())),
                draft.answerWithinDays(), phaseNamed(draft, draft.firstInvolvedPhase()),
                draft.phases().stream().map(p -> new Phase(Text.clean(p.name()), p.startsOn(), p.endsOn())).toList());
    }

    /**
     * The draft's phase with this name as the draft spells it, or empty when none is chosen. First involvement
     * is a choice from the process's own phases (not free text), so the indicators can tell early from late.
     */
    private static String phaseNamed(ProcessDraft draft, String name) {
        String wanted = Text.clean(name);
        if (wanted.isEmpty()) {
            return "";
        }
        return draft.phases().stream().map(p -> Text.clean(p.name())).filter(wanted::equalsIgnoreCase).findFirst()
                .orElseThrow(() -> new InvalidProcessException("firstInvolvedPhase", "process.error.firstInvolvedPhase"));
    }

    /** This process as the draft changes it: the same process of the same collaboration, under the same rules. */
    public Process revise(ProcessDraft draft) {
        return create(processId(), collaborationId, draft);
    }

    /** The rules of a draft, checked before anything is stored. */
    public static void check(ProcessDraft draft) {
        if (Text.clean(draft.title()).isEmpty()) {
            throw new InvalidProcessException("title", "process.error.title");
        }
        if (tooLong(draft.title(), TITLE_MAX)) {
            throw new InvalidProcessException("title", "process.error.titleTooLong");
        }
        if (Text.clean(draft.summary()).isEmpty()) {
            throw new InvalidProcessException("summary", "process.error.summary");
        }
        if (tooLong(draft.summary(), SUMMARY_MAX)) {
            throw new InvalidProcessException("summary", "process.error.summaryTooLong");
        }
        if (draft.level() == null) {
            throw new InvalidProcessException("participationLevel", "process.error.level");
        }
        if (draft.answerWithinDays() < ANSWER_WITHIN_DAYS_MIN || draft.answerWithinDays() > ANSWER_WITHIN_DAYS_MAX) {
            throw new InvalidProcessException("answerWithinDays", "process.error.answerWithinDays");
        }
        if (tooLong(draft.area(), SHORT_TEXT_MAX) || tooLong(draft.firstInvolvedPhase(), SHORT_TEXT_MAX)
                || tooLong(draft.promise().open(), PROMISE_PART_MAX) || tooLong(draft.promise().fixed(), PROMISE_PART_MAX)
                || tooLong(draft.promise().decides(), PROMISE_PART_MAX)
                || tooLong(draft.promise().when(), PROMISE_PART_MAX)) {
            throw new InvalidProcessException("promise", "process.error.fieldTooLong");
        }
        if (draft.themes().size() > TAGS_MAX || draft.targetGroups().size() > TAGS_MAX
                || draft.themes().stream().anyMatch(t -> tooLong(t, TAG_MAX))
                || draft.targetGroups().stream().anyMatch(t -> tooLong(t, TAG_MAX))) {
            throw new InvalidProcessException("themes", "process.error.tags");
        }
        if (draft.phases().size() > PHASES_MAX) {
            throw new InvalidProcessException("phases", "process.error.tooManyPhases");
        }
        for (Phase phase : draft.phases()) {
            if (tooLong(phase.name(), SHORT_TEXT_MAX)) {
                throw new InvalidProcessException("phases", "process.error.fieldTooLong");
            }
            if (phase.name() == null || phase.name().isBlank() || phase.startsOn() == null || phase.endsOn() == null) {
                throw new InvalidProcessException("phases", "process.error.phaseIncomplete");
            }
            if (phase.endsOn().isBefore(phase.startsOn())) {
                throw new InvalidProcessException("phases", "process.error.phaseDates");
            }
        }
        phaseNamed(draft, draft.firstInvolvedPhase());
    }

    private static boolean tooLong(String value, int max) {
        return Text.clean(value).length() > max;
    }

    private static List<String> tags(List<String> typed) {
        return typed.stream().map(Text::clean).filter(t -> !t.isEmpty()).toList();
    }
}
