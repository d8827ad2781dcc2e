package nl.samenspraak.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.Text;

/**
 * One input and its answer. The aggregate owns the rules of answering: a final status
 * needs a written answer of at most {@link InputLimits#ANSWER} characters, and an answer
 * never goes back to "received". A final answer comes with the {@link InputAnswered} event.
 */
public record Input(UUID id, UUID collaborationId, UUID processId, FollowCode followCode, String text,
                    Channel channel, LocalDate receivedOn, LocalDate answerDue, boolean publish, ContactBy contactBy,
                    FeedbackStatus status, String answer, LocalDate answeredOn, long seq,
                    boolean answerCancelled) {

    /** The input after an answer, and the event to publish when the answer is final (empty otherwise). */
    public record Answered(Input input, Optional<InputAnswered> event) {}

    public InputId inputId() {
        return new InputId(id);
    }

    /**
     * Returns this input with the answer applied, dated today by {@code clock} when final, and the
     * {@link InputAnswered} event for a final answer; throws without changing anything when a rule is broken.
     */
    public Answered answer(FeedbackStatus newStatus, String answerText, Clock clock) {
        if (newStatus == null || newStatus == FeedbackStatus.RECEIVED) {
            throw new InvalidInputException("status", "input.error.status");
        }
        String cleaned = Text.clean(answerText);
        if (newStatus.isFinal() && cleaned.isEmpty()) {
            throw new InvalidInputException("text", "input.error.answerRequired");
        }
        if (cleaned.length() > InputLimits.ANSWER) {
            throw new InvalidInputException("text", "input.error.answerTooLong");
        }
        LocalDate on = newStatus.isFinal() ? LocalDate.now(clock) : null;
        Input answered = new Input(id, collaborationId, processId, followCode, text, channel, receivedOn, answerDue,
                publish, contactBy, newStatus, cleaned.isEmpty() ? null : cleaned, on, seq, answerCancelled);
        return new Answered(answered, newStatus.isFinal()
                ? Optional.of(new InputAnswered(id, collaborationId, newStatus, contactBy))
                : Optional.empty());
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
