package nl.samenspraak.process;

import java.util.List;
import java.util.UUID;

/** A participation process as read by pages and other modules. */
public record Process(UUID id, UUID collaborationId, String title, String summary, List<String> themes,
                      List<String> targetGroups, String area, ParticipationLevel level, InfluencePromise promise,
                      int answerWithinDays, String firstInvolvedPhase, List<Phase> phases) {}
