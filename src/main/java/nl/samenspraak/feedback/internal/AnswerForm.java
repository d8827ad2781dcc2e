package nl.samenspraak.feedback.internal;

import java.util.Arrays;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Referral;
import nl.samenspraak.input.Input;

/** The answer to one input as typed; the status stays text so a wrong value comes back as a message, not an error page. */
class AnswerForm {

    private String status = "";
    private String text = "";
    /** For "outside the question": the organisation the input was sent on to, and how to reach it. */
    private String referredTo = "";
    private String referredContact = "";
    /** "true" when staff confirmed that the answer may name its author. */
    private String confirmName;

    static AnswerForm of(Input input) {
        AnswerForm form = new AnswerForm();
        form.status = input.status() == FeedbackStatus.RECEIVED ? "" : input.status().name();
        form.text = input.answer() == null ? "" : input.answer();
        form.referredTo = input.referral() == null ? "" : input.referral().organisation();
        form.referredContact = input.referral() == null || input.referral().contact() == null ? ""
                : input.referral().contact();
        return form;
    }

    static FeedbackStatus parseStatus(String value) {
        return Arrays.stream(FeedbackStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    FeedbackStatus statusOrNull() {
        return parseStatus(status);
    }

    public boolean nameConfirmed() {
        return "true".equals(confirmName);
    }

    public String getConfirmName() { return confirmName; }
    public void setConfirmName(String confirmName) { this.confirmName = confirmName; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getReferredTo() { return referredTo; }
    public void setReferredTo(String referredTo) { this.referredTo = referredTo; }
    public String getReferredContact() { return referredContact; }
    public void setReferredContact(String referredContact) { this.referredContact = referredContact; }

    Referral referral() {
        return Referral.of(referredTo, referredContact);
    }
}
