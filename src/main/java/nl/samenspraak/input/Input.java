package nl.samenspraak.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.platform.Text;

/**
 * One input and its answer. The aggregate owns the rules of answering: a final status
 * needs a written answer, and an answer never goes back to "received".
 */
public record Input(UUID id, UUID collaborationId, UUID processId, FollowCode followCode, String text,
                    Channel channel, LocalDate receivedOn, LocalDate answerDue, boolean publish, ContactBy contactBy,
                    FeedbackStatus status, String answer, LocalDate answeredOn, long seq,
                    boolean answerCancelled) {

    static final int MAX_ANSWER_LENGTH = 20_000;

    /** Returns this input with the answer applied; throws without changing anything when a rule is broken. */
    Input answer(FeedbackStatus newStatus, String answerText, Clock clock) {
        if (newStatus == null || newStatus == FeedbackStatus.RECEIVED) {
            throw new InvalidInputException("status", "input.error.status");
        }
        String cleaned = Text.clean(answerText);
        if (newStatus.isFinal() && cleaned.isEmpty()) {
            throw new InvalidInputException("text", "input.error.answerRequired");
        }
        if (cleaned.length() > MAX_ANSWER_LENGTH) {
            throw new InvalidInputException("text", "input.error.answerTooLong");
        }
        LocalDate on = newStatus.isFinal() ? LocalDate.now(clock) : null;
        return new Input(id, collaborationId, processId, followCode, text, channel, receivedOn, answerDue, publish,
                contactBy, newStatus, cleaned.isEmpty() ? null : cleaned, on, seq, answerCancelled);
    }

    public boolean isAnswered() {
        return status.isFinal();
    }

    /** An answer is no longer owed once its author had their data erased: nobody can be told. */
    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && !answerCancelled && today.isAfter(answerDue);
    }

    public boolean answeredOnTime() {
        return isAnswered() && !answeredOn.isAfter(answerDue);
    }
}
