package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.InputViews.DueCounts;
import org.springframework.stereotype.Component;

/**
 * The daily mail to staff about inputs whose answer is late or nearly late, in plain Dutch
 * (B1) with one English line. It names inputs by follow code and process only: who gave an
 * input, and how to reach them, stays on the staff pages behind a login.
 */
@Component
class DeadlineReminderMail {

    private final AnswerTexts texts;

    DeadlineReminderMail(AnswerTexts texts) {
        this.texts = texts;
    }

    /**
     * @param urgent the most urgent open inputs, most urgent first (a part of {@code counts})
     * @param processTitles titles by process id, for the inputs in {@code urgent}
     */
    AnswerMail.Mail compose(String recipientName, String collaborationName, String dashboardUrl, DueCounts counts,
                            List<Input> urgent, Map<UUID, String> processTitles, LocalDate day) {
        StringBuilder body = new StringBuilder();
        body.append(texts.message("feedback.reminder.greeting", recipientName)).append("\n\n");
        body.append(texts.message("feedback.reminder.intro", collaborationName)).append("\n\n");
        body.append(texts.message("feedback.reminder.overdue", counts.overdue())).append('\n');
        body.append(texts.message("feedback.reminder.nearlyDue", counts.nearlyDue(), InputViews.NEARLY_DUE_DAYS))
                .append("\n\n");
        body.append(texts.message("feedback.reminder.listTitle")).append('\n');
        for (Input input : urgent) {
            body.append(texts.message("feedback.reminder.item", input.followCode().display(),
                    processTitles.getOrDefault(input.processId(), ""), AnswerTexts.longDate(input.answerDue()),
                    when(input.answerDue(), day))).append('\n');
        }
        int notListed = counts.total() - urgent.size();
        if (notListed > 0) {
            body.append(texts.message("feedback.reminder.more", notListed)).append('\n');
        }
        body.append('\n');
        body.append(texts.message("feedback.reminder.link", dashboardUrl)).append("\n\n");
        body.append(texts.message("feedback.reminder.why", collaborationName)).append("\n\n");
        body.append(texts.message("feedback.reminder.closing")).append('\n');
        body.append(texts.message("feedback.reminder.sender")).append("\n\n");
        body.append("-- \n");
        body.append(texts.message("feedback.reminder.english", counts.total(), counts.overdue(), dashboardUrl))
                .append('\n');
        String subject = counts.overdue() > 0
                ? texts.message("feedback.reminder.subject", counts.total(), counts.overdue())
                : texts.message("feedback.reminder.subjectNoneLate", counts.total());
        return new AnswerMail.Mail(subject, body.toString());
    }

    private String when(LocalDate due, LocalDate day) {
        long days = ChronoUnit.DAYS.between(day, due);
        return days < 0 ? texts.message("feedback.reminder.daysLate", -days)
                : texts.message("feedback.reminder.daysLeft", days);
    }
}
