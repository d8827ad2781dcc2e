package nl.samenspraak.process.internal;

import nl.samenspraak.process.Processes;
import nl.samenspraak.process.ProcessDraft;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.ParticipationLevel;
import nl.samenspraak.process.InfluencePromise;
import nl.samenspraak.process.Process;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the coordinator types on the process form. Everything is kept as typed text, so a
 * rejected form comes back exactly as it was sent; {@link #toDraft()} turns it into a draft.
 */
class ProcessForm {

    static final int PHASE_ROWS = 5;
    static final String DEFAULT_ANSWER_DAYS = "21";
    /** As many phase rows as {@link Processes} accepts. */
    static final int MAX_PHASE_ROWS = Process.PHASES_MAX;

    /** One row of the phase table; a row left fully empty is ignored. */
    static class PhaseRow {
        private String name = "";
        private String startsOn = "";
        private String endsOn = "";

        PhaseRow() {}

        PhaseRow(String name, String startsOn, String endsOn) {
            this.name = name;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
        }

        boolean isEmpty() {
            return blank(name) && blank(startsOn) && blank(endsOn);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStartsOn() { return startsOn; }
        public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
        public String getEndsOn() { return endsOn; }
        public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    }

    private String title = "";
    private String summary = "";
    private String themes = "";
    private String targetGroups = "";
    private String area = "";
    private String participationLevel = "";
    private String promiseOpen = "";
    private String promiseFixed = "";
    private String promiseDecides = "";
    private String promiseWhen = "";
    private String answerWithinDays = DEFAULT_ANSWER_DAYS;
    private String firstInvolvedPhase = "";
    private List<PhaseRow> phases = emptyRows(PHASE_ROWS);

    static ProcessForm of(Process p) {
        ProcessForm form = new ProcessForm();
        form.title = p.title();
        form.summary = p.summary();
        form.themes = String.join(", ", p.themes());
        form.targetGroups = String.join(", ", p.targetGroups());
        form.area = p.area();
        form.participationLevel = p.level().name();
        form.promiseOpen = p.promise().open();
        form.promiseFixed = p.promise().fixed();
        form.promiseDecides = p.promise().decides();
        form.promiseWhen = p.promise().when();
        form.answerWithinDays = Integer.toString(p.answerWithinDays());
        // The form carries the chosen phase as its row number (see chosenPhaseName).
        form.firstInvolvedPhase = "";
        for (int i = 0; i < p.phases().size(); i++) {
            if (p.phases().get(i).name().equalsIgnoreCase(p.firstInvolvedPhase())) {
                form.firstInvolvedPhase = String.valueOf(i + 1);
                break;
            }
        }
        List<PhaseRow> rows = new ArrayList<>();
        for (Phase phase : p.phases()) {
            rows.add(new PhaseRow(phase.name(), phase.startsOn().toString(), phase.endsOn().toString()));
        }
        // Always a few empty rows, but never fewer rows than the process already has.
        while (rows.size() < PHASE_ROWS) {
            rows.add(new PhaseRow());
        }
        form.phases = rows;
        return form;
    }

    /** The texts residents read, by field: checked for plain language before the process is saved. */
    static final java.util.List<String> CHECKED_FIELDS = List.of("summary", "promiseOpen", "promiseFixed");

    java.util.Map<String, String> texts() {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("summary", summary);
        texts.put("promiseOpen", promiseOpen);
        texts.put("promiseFixed", promiseFixed);
        return texts;
    }

    static String[] bindableFields() {
        List<String> fields = new ArrayList<>(List.of("title", "summary", "themes", "targetGroups", "area",
                "participationLevel", "promiseOpen", "promiseFixed", "promiseDecides", "promiseWhen",
                "answerWithinDays", "firstInvolvedPhase"));
        for (int i = 0; i < MAX_PHASE_ROWS; i++) {
            fields.add("phases[" + i + "].name");
            fields.add("phases[" + i + "].startsOn");
            fields.add("phases[" + i + "].endsOn");
        }
        return fields.toArray(String[]::new);
    }

    /** The draft for {@link Processes}; throws {@link Processes.InvalidProcessException} for what cannot be read. */
    ProcessDraft toDraft() {
        int days;
        try {
            days = Integer.parseInt(answerWithinDays == null ? "" : answerWithinDays.strip());
        } catch (NumberFormatException e) {
            throw new Processes.InvalidProcessException("answerWithinDays", "process.error.answerWithinDays");
        }
        List<Phase> phaseList = new ArrayList<>();
        for (PhaseRow row : phases == null ? List.<PhaseRow>of() : phases) {
            if (row == null || row.isEmpty()) {
                continue;
            }
            phaseList.add(new Phase(row.name == null ? "" : row.name.strip(), date(row.startsOn), date(row.endsOn)));
        }
        return new ProcessDraft(title, summary, tags(themes), tags(targetGroups), area, level(participationLevel),
                new InfluencePromise(promiseOpen, promiseFixed, promiseDecides, promiseWhen), days,
                chosenPhaseName(), phaseList);
    }

    /**
     * The name of the phase row the coordinator chose as the first with residents. The form sends the row's
     * number, not its name, so the choice works on a new process whose phase names are typed in the same form
     * (without JavaScript the list cannot know them yet); an empty choice means "not chosen yet".
     */
    private String chosenPhaseName() {
        if (blank(firstInvolvedPhase)) {
            return "";
        }
        int row;
        try {
            row = Integer.parseInt(firstInvolvedPhase.strip());
        } catch (NumberFormatException e) {
            throw new Processes.InvalidProcessException("firstInvolvedPhase", "process.error.firstInvolvedPhase");
        }
        List<PhaseRow> rows = phases == null ? List.of() : phases;
        if (row < 1 || row > rows.size() || rows.get(row - 1) == null || blank(rows.get(row - 1).name)) {
            throw new Processes.InvalidProcessException("firstInvolvedPhase", "process.error.firstInvolvedPhase");
        }
        return rows.get(row - 1).name.strip();
    }

    private static ParticipationLevel level(String value) {
        return Arrays.stream(ParticipationLevel.values()).filter(l -> l.name().equals(value)).findFirst().orElse(null);
    }

    private static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Processes.InvalidProcessException("phases", "process.error.phaseDateFormat");
        }
    }

    private static List<String> tags(String value) {
        if (blank(value)) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<PhaseRow> emptyRows(int n) {
        List<PhaseRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new PhaseRow());
        }
        return rows;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getTargetGroups() { return targetGroups; }
    public void setTargetGroups(String targetGroups) { this.targetGroups = targetGroups; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getParticipationLevel() { return participationLevel; }
    public void setParticipationLevel(String participationLevel) { this.participationLevel = participationLevel; }
    public String getPromiseOpen() { return promiseOpen; }
    public void setPromiseOpen(String promiseOpen) { this.promiseOpen = promiseOpen; }
    public String getPromiseFixed() { return promiseFixed; }
    public void setPromiseFixed(String promiseFixed) { this.promiseFixed = promiseFixed; }
    public String getPromiseDecides() { return promiseDecides; }
    public void setPromiseDecides(String promiseDecides) { this.promiseDecides = promiseDecides; }
    public String getPromiseWhen() { return promiseWhen; }
    public void setPromiseWhen(String promiseWhen) { this.promiseWhen = promiseWhen; }
    public String getAnswerWithinDays() { return answerWithinDays; }
    public void setAnswerWithinDays(String answerWithinDays) { this.answerWithinDays = answerWithinDays; }
    public String getFirstInvolvedPhase() { return firstInvolvedPhase; }
    public void setFirstInvolvedPhase(String firstInvolvedPhase) { this.firstInvolvedPhase = firstInvolvedPhase; }
    public List<PhaseRow> getPhases() { return phases; }
    public void setPhases(List<PhaseRow> phases) { this.phases = phases; }
}
