package nl.samenspraak.input;

import java.util.Arrays;
import java.util.List;

/** The statuses staff can give: every status except "received", which only the intake sets. */
final class AnswerStatuses {

    static final List<FeedbackStatus> CHOICES = Arrays.stream(FeedbackStatus.values())
            .filter(s -> s != FeedbackStatus.RECEIVED).toList();

    private AnswerStatuses() {}
}
