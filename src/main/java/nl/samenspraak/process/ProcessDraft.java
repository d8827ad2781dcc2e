package nl.samenspraak.process;

import java.util.List;

/**
 * Everything a coordinator sets for a process. Validated at the edge (form or API);
 * {@link Processes} checks the rules that hold whatever the channel.
 */
public record ProcessDraft(String title, String summary, List<String> themes, List<String> targetGroups, String area,
                           ParticipationLevel level, InfluencePromise promise, int answerWithinDays,
                           String firstInvolvedPhase, List<Phase> phases) {

    public ProcessDraft {
        themes = themes == null ? List.of() : List.copyOf(themes);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        phases = phases == null ? List.of() : List.copyOf(phases);
        promise = promise == null ? new InfluencePromise("", "", "", "") : promise;
        area = area == null ? "" : area;
        firstInvolvedPhase = firstInvolvedPhase == null ? "" : firstInvolvedPhase;
    }
}
