package nl.samenspraak.feedback.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Referral;

/** Several similar inputs answered with one status and text; filter and page come along to show the same list again. */
class BatchAnswerForm {

    private List<UUID> inputs = new ArrayList<>();
    private String status = "";
    private String text = "";
    /** For "outside the question": the organisation the input was sent on to, and how to reach it. */
    private String referredTo = "";
    private String referredContact = "";
    private String filter = "";
    private Long voor;

    FeedbackStatus statusOrNull() {
        return AnswerForm.parseStatus(status);
    }

    public List<UUID> getInputs() { return inputs; }
    public void setInputs(List<UUID> inputs) { this.inputs = inputs == null ? new ArrayList<>() : inputs; }
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
    public String getFilter() { return filter; }
    public void setFilter(String filter) { this.filter = filter; }
    public Long getVoor() { return voor; }
    public void setVoor(Long voor) { this.voor = voor; }
}
