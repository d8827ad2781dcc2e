package nl.samenspraak.feedback.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.FeedbackStatus;

/**
 * The form for a new decision: its texts, the inputs checked so far, an optional "all inputs with
 * status X", and the search that narrows the list of inputs to check. The search and the checked
 * inputs come along with every send, so searching again loses nothing already typed or chosen.
 */
class DecisionForm {

    /** The value of the button that searches instead of saving. */
    static final String SEARCH = "zoeken";

    private String title = "";
    private String text = "";
    private String decidedBy = "";
    private String decidedOn = "";
    private String reasons = "";
    private List<UUID> inputs = new ArrayList<>();
    private String allWithStatus = "";
    private String zoek = "";
    private String status = "";
    private String actie = "";

    static DecisionForm empty(LocalDate today) {
        DecisionForm form = new DecisionForm();
        form.decidedOn = today.toString();
        return form;
    }

    boolean searchOnly() {
        return SEARCH.equals(actie);
    }

    NewDecision draft(List<UUID> inputIds) {
        return new NewDecision(title, text, decidedBy, date(decidedOn), reasons, inputIds);
    }

    /** The texts residents read, by field: checked for plain language before the decision is saved. */
    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("text", text);
        texts.put("reasons", reasons);
        return texts;
    }

    FeedbackStatus allWithStatusOrNull() {
        return status(allWithStatus);
    }

    FeedbackStatus filterStatusOrNull() {
        return status(status);
    }

    static FeedbackStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FeedbackStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A date as an {@code <input type="date">} sends it; null when missing or malformed (the rule then says so). */
    static LocalDate date(String value) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getDecidedOn() { return decidedOn; }
    public void setDecidedOn(String decidedOn) { this.decidedOn = decidedOn; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public List<UUID> getInputs() { return inputs; }
    public void setInputs(List<UUID> inputs) { this.inputs = inputs == null ? new ArrayList<>() : inputs; }
    public String getAllWithStatus() { return allWithStatus; }
    public void setAllWithStatus(String allWithStatus) { this.allWithStatus = allWithStatus; }
    public String getZoek() { return zoek; }
    public void setZoek(String zoek) { this.zoek = zoek; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getActie() { return actie; }
    public void setActie(String actie) { this.actie = actie; }
}
