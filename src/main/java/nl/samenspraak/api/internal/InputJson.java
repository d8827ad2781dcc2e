package nl.samenspraak.api.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications.NotificationView;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputLimits;
import nl.samenspraak.input.Moderation;
import nl.samenspraak.input.ModerationReason;
import nl.samenspraak.input.InputIntake.Receipt;

/** The JSON forms of inputs and answers in the API. Contact details go in, never out. */
final class InputJson {

    private InputJson() {}

    @Schema(name = "Author", description = """
            Who gave the input and how they want to hear the answer. Leave out for anonymous input.
            Contact details are only kept with `consent: true`, and only the one the chosen channel needs.""")
    record AuthorJson(
            @Schema(example = "Mrs. J. de Vries", maxLength = InputLimits.NAME) @Size(max = InputLimits.NAME) String name,
            @Schema(example = "j.devries@example.org", maxLength = InputLimits.EMAIL) @Size(max = InputLimits.EMAIL) String email,
            @Schema(example = "Dorpsstraat 1, 1234 AB Ons Dorp", maxLength = InputLimits.POSTAL_ADDRESS) @Size(max = InputLimits.POSTAL_ADDRESS) String postalAddress,
            @Schema(example = "06 12345678", maxLength = InputLimits.PHONE) @Size(max = InputLimits.PHONE) String phone,
            @Schema(description = "How the author wants to hear the answer; default NONE", example = "POST")
            ContactBy contactBy,
            @Schema(description = "The author agreed that their contact details are kept to send the answer. "
                    + "Required (true) when any contact detail is given.", example = "true")
            Boolean consent) {

        Author author() {
            return new Author(name, email, postalAddress, phone, contactBy == null ? ContactBy.NONE : contactBy,
                    Boolean.TRUE.equals(consent));
        }
    }

    @Schema(name = "NewInput", description = "An input received through any channel.")
    record NewInputRequest(
            @Schema(example = "More benches in the park, so I can rest on my walk.", maxLength = InputLimits.TEXT,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Size(max = InputLimits.TEXT) String text,
            @Schema(description = "How the input reached you", example = "DOOR_TO_DOOR",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull Channel channel,
            @Schema(description = "The day it was received; today when left out. The answer deadline counts from it.",
                    example = "2026-03-02")
            LocalDate receivedOn,
            @Valid AuthorJson author,
            @Schema(description = "The author allows showing the text on the public process page; default false")
            Boolean publish) {}

    @Schema(name = "CreatedInput", description = "The receipt for the author.")
    record CreatedInput(UUID id,
                        @Schema(description = "The code with which the author can look up the answer", example = "K7MQ-3XTP")
                        String followCode,
                        FeedbackStatus status,
                        @Schema(description = "The date by which the author gets an answer") LocalDate answerDue) {

        static CreatedInput of(Receipt receipt) {
            return new CreatedInput(receipt.id(), receipt.followCode().display(), receipt.status(), receipt.answerDue());
        }
    }

    @Schema(name = "Answer")
    record AnswerRequest(
            @Schema(description = "The new status. ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, ALREADY_EXISTS and "
                    + "OUT_OF_SCOPE are final and need a written answer.", example = "ADOPTED",
                    allowableValues = {"BEING_CONSIDERED", "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED",
                            "ALREADY_EXISTS", "OUT_OF_SCOPE"}, requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull FeedbackStatus status,
            @Schema(description = "The written answer, in plain language", maxLength = InputLimits.ANSWER,
                    example = "Five new benches will be placed in the park this spring.")
            @Size(max = InputLimits.ANSWER) String text,
            @Schema(description = REFERRED_TO, maxLength = InputLimits.REFERRED_TO, example = "Gemeente Tiel, team openbare ruimte")
            String referredTo,
            @Schema(description = REFERRED_CONTACT, maxLength = InputLimits.REFERRED_CONTACT, example = "0344 637 111, www.tiel.nl")
            String referredContact) {}

    static final String REFERRED_TO = "For OUT_OF_SCOPE (required then; 422 without it): the organisation the input was sent on to. "
            + "Ignored for any other status. The author is told.";
    static final String REFERRED_CONTACT = "For OUT_OF_SCOPE, optional: how the author can reach that organisation (a name, phone "
            + "number, e-mail address or website). Never the author's own details.";

    @Schema(name = "AnswerMany", description = "One answer for several similar inputs; all or nothing.")
    record AnswerAllRequest(
            @ArraySchema(minItems = 1, maxItems = FeedbackLoop.MAX_BATCH, schema = @Schema(description = "Input id"))
            @NotNull @Size(min = 1, max = FeedbackLoop.MAX_BATCH) List<@NotNull UUID> inputIds,
            @Schema(description = "See Answer.status", example = "ADOPTED",
                    allowableValues = {"BEING_CONSIDERED", "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED",
                            "ALREADY_EXISTS", "OUT_OF_SCOPE"}, requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull FeedbackStatus status,
            @Schema(description = "The written answer", maxLength = InputLimits.ANSWER) @Size(max = InputLimits.ANSWER) String text,
            @Schema(description = REFERRED_TO, maxLength = InputLimits.REFERRED_TO) String referredTo,
            @Schema(description = REFERRED_CONTACT, maxLength = InputLimits.REFERRED_CONTACT) String referredContact) {}

    @Schema(name = "Notification", description = "Telling the author something about their input, in the channel they chose.")
    record NotificationJson(
            @Schema(allowableValues = {"EMAIL", "POST", "PHONE"}) String channel,
            @Schema(allowableValues = {"QUEUED", "SENT", "TO_PRINT", "PRINTED", "TO_CALL", "CALLED"}) String state,
            @Schema(description = "What it tells: a receipt, the answer, a decision about the input, or that it was hidden")
            NoticeKind kind) {

        static NotificationJson of(NotificationView view) {
            return new NotificationJson(view.channel(), view.state(), view.kind());
        }
    }

    @Schema(name = "ModerationChange", description = """
            Hide an input, or a part of it, from the public pages, or show it again. `hidden: true` hides the
            whole input, or only `part` when given (the exact text to hide, e.g. a name); `hidden: false` shows
            everything again, or only `part`. The author is told why, once per hiding.""")
    record ModerationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "true") Boolean hidden,
            @Schema(description = "Required when hiding", example = "PERSONAL_DATA",
                    allowableValues = {"PERSONAL_DATA", "OFFENSIVE", "OFF_TOPIC", "DUPLICATE", "OTHER"})
            @Size(max = 40) String reason,
            @Schema(description = "Why, for the public page and the author; required for OTHER",
                    maxLength = Moderation.NOTE, example = "The input named a neighbour.")
            @Size(max = Moderation.NOTE) String note,
            @Schema(description = "The exact text to hide (or show again); leave out for the whole input",
                    maxLength = InputLimits.TEXT, example = "Jan de Vries")
            @Size(max = InputLimits.TEXT) String part) {}

    @Schema(name = "HiddenPart", description = "A part of the input hidden from the public pages")
    record HiddenPartJson(@Schema(description = "The hiding's number") long number, String part,
                          ModerationReason reason, String note) {}

    @Schema(name = "Moderation", description = "What of the input the public pages hide.")
    record ModerationJson(
            @Schema(description = "The whole input is hidden") boolean hidden,
            @Schema(description = "Why the whole input is hidden; null when it is not") ModerationReason reason,
            @Schema(description = "The explanation with the hiding of the whole input") String note,
            @ArraySchema(schema = @Schema(implementation = HiddenPartJson.class)) List<HiddenPartJson> hiddenParts) {

        static ModerationJson of(Moderation moderation) {
            var whole = moderation.wholeHidden();
            return new ModerationJson(whole.isPresent(), whole.map(Moderation.Hiding::reason).orElse(null),
                    whole.map(Moderation.Hiding::note).orElse(null), moderation.parts().stream()
                    .map(h -> new HiddenPartJson(h.number(), h.part(), h.reason(), h.note())).toList());
        }
    }

    @Schema(name = "Input", description = "An input with its status and answer. Never the author's contact details.")
    record InputView(UUID id, UUID processId,
                     @Schema(example = "K7MQ-3XTP") String followCode,
                     FeedbackStatus status, String answer, LocalDate answerDue, LocalDate answeredOn,
                     @Schema(description = "Past its due date without a final answer") boolean overdue,
                     Channel channel, LocalDate receivedOn, String text, boolean publish,
                     @ArraySchema(schema = @Schema(implementation = NotificationJson.class),
                             arraySchema = @Schema(description = "Present when reading one input; null in lists"))
                     List<NotificationJson> notifications,
                     @Schema(description = "For OUT_OF_SCOPE: the organisation the input was sent on to; else null")
                     String referredTo,
                     @Schema(description = "How the author can reach that organisation; null when not given")
                     String referredContact,
                     @Schema(description = "Key for keyset pagination (`before`)") long seq,
                     @ArraySchema(schema = @Schema(implementation = DecisionJson.DecisionRef.class),
                             arraySchema = @Schema(description = "The decisions this input is linked to, newest first. "
                                     + "Linking is not answering: the input keeps its own answer. Present when reading "
                                     + "one input; null in lists"))
                     List<DecisionJson.DecisionRef> decisions,
                     @Schema(description = "What the public pages hide; present when reading one input, null in lists")
                     ModerationJson moderation) {

        static InputView of(Input input, LocalDate today, List<NotificationJson> notifications) {
            return of(input, today, notifications, null, null);
        }

        static InputView of(Input input, LocalDate today, List<NotificationJson> notifications,
                            List<DecisionJson.DecisionRef> decisions, Moderation moderation) {
            return new InputView(input.id(), input.processId(), input.followCode().display(), input.status(),
                    input.answer(), input.answerDue(), input.answeredOn(), input.isOverdue(today), input.channel(),
                    input.receivedOn(), input.text(), input.publish(), notifications,
                    input.referral() == null ? null : input.referral().organisation(),
                    input.referral() == null ? null : input.referral().contact(), input.seq(), decisions,
                    moderation == null ? null : ModerationJson.of(moderation));
        }
    }

    @Schema(name = "InputList")
    record InputList(@ArraySchema(schema = @Schema(implementation = InputView.class)) List<InputView> items,
                     @Schema(description = "URL of the next page, or null on the last page") String next) {}

    @Schema(name = "AnsweredInputs")
    record AnsweredInputs(@ArraySchema(schema = @Schema(implementation = InputView.class)) List<InputView> items) {}
}
