package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import nl.samenspraak.feedback.DecisionState;

/** News about carrying out a decision: its new state, why, and since when. */
class DecisionUpdateForm {

    private String state = "";
    private String text = "";
    private String date = "";

    static DecisionUpdateForm empty(LocalDate today) {
        DecisionUpdateForm form = new DecisionUpdateForm();
        form.date = today.toString();
        return form;
    }

    DecisionState stateOrNull() {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return DecisionState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    LocalDate dateOrNull() {
        return DecisionForm.date(date);
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
}
