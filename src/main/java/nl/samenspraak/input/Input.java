package nl.samenspraak.input;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.platform.Text;

/**
 * One input and its answer. The aggregate owns the rules of answering: a final status
 * needs a written answer of at most {@link InputLimits#ANSWER} characters, and an answer
 * never goes back to "received". "Outside the question" names where the input was sent on to (a
 * {@link Referral}); any other status has none. A final answer comes with the {@link InputAnswered} event.
 *
 * <p>{@code language} is the language of the page the author used ({@code nl} or {@code en}), for
 * everything the author is told; {@code receiptByPost} says an author who wants the answer by post
 * asked for a receipt letter as well.
 */
public record Input(UUID id, UUID collaborationId, UUID processId, FollowCode followCode, String text,
                    Channel channel, LocalDate receivedOn, LocalDate answerDue, boolean publish, ContactBy contactBy,
                    FeedbackStatus status, String answer, LocalDate answeredOn, long seq,
                    boolean answerCancelled, String language, boolean receiptByPost, Referral referral) {

    /** The languages an author can use; anything else is Dutch. */
    public static final String DUTCH = "nl";
    public static final String ENGLISH = "en";

    public Input {
        language = ENGLISH.equals(language) ? ENGLISH : DUTCH;
    }

    /** The language of a page request, as stored with an input: English pages give {@code en}, all else {@code nl}. */
    public static String languageOf(Locale locale) {
        return locale != null && ENGLISH.equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** The author's language, for mails, letters and other notices to them. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

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
        return answer(newStatus, answerText, null, clock);
    }

    /**
     * As {@link #answer(FeedbackStatus, String, Clock)}; "outside the question" needs the organisation
     * the input was sent on to, and any other status drops a referral.
     */
    public Answered answer(FeedbackStatus newStatus, String answerText, Referral referredTo, Clock clock) {
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
        Referral referral = newStatus == FeedbackStatus.OUT_OF_SCOPE ? checked(referredTo) : null;
        LocalDate on = newStatus.isFinal() ? LocalDate.now(clock) : null;
        Input answered = new Input(id, collaborationId, processId, followCode, text, channel, receivedOn, answerDue,
                publish, contactBy, newStatus, cleaned.isEmpty() ? null : cleaned, on, seq, answerCancelled, language,
                receiptByPost, referral);
        return new Answered(answered, newStatus.isFinal()
                ? Optional.of(new InputAnswered(id, collaborationId, newStatus, contactBy))
                : Optional.empty());
    }

    private static Referral checked(Referral given) {
        Referral referral = given == null ? null : Referral.of(given.organisation(), given.contact());
        if (referral == null || referral.organisation() == null) {
            throw new InvalidInputException("referredTo", "input.error.referredToRequired");
        }
        if (referral.organisation().length() > InputLimits.REFERRED_TO) {
            throw new InvalidInputException("referredTo", "input.error.referredToTooLong");
        }
        if (referral.contact() != null && referral.contact().length() > InputLimits.REFERRED_CONTACT) {
            throw new InvalidInputException("referredContact", "input.error.referredContactTooLong");
        }
        return referral;
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
