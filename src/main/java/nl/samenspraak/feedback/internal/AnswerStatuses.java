package nl.samenspraak.feedback.internal;

import java.util.Arrays;
import java.util.List;
import nl.samenspraak.input.FeedbackStatus;

/** The statuses staff can give: every status except "received", which only the intake sets. */
final class AnswerStatuses {

    static final List<FeedbackStatus> CHOICES = Arrays.stream(FeedbackStatus.values())
            .filter(s -> s != FeedbackStatus.RECEIVED).toList();

    private AnswerStatuses() {}
}
