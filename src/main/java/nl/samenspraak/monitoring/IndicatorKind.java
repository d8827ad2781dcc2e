package nl.samenspraak.monitoring;

/**
 * The process indicators of seed 004 chapter 5, computed and never typed. Each has a title, a
 * one-line explanation and a statement in the message bundle under {@code monitoring.indicator.<key>}.
 */
public enum IndicatorKind {
    /** Share of inputs answered before their deadline. */
    ANSWERS_ON_TIME("answersOnTime"),
    /** Residents who took part, by channel. */
    REACH("reach"),
    /** Of the residents who took part in a quarter, how many took part again within 12 months. */
    RETENTION("retention"),
    /** Participants compared with the population ("wie doet mee"). */
    INCLUSION("inclusion"),
    /** In which kind of phase (early or late) residents were first involved in processes. */
    FIRST_INVOLVEMENT("firstInvolvement"),
    /** Meetings held against planned, per meeting series. */
    SERIES_CONTINUITY("seriesContinuity"),
    /** Residents who hold a decision role in the collaboration. */
    DECISION_ROLES("decisionRoles"),
    /** The gap between residents' and professionals' zelfscan answers, per round. */
    SELFSCAN_GAP("selfscanGap");

    private final String key;

    IndicatorKind(String key) {
        this.key = key;
    }

    /** The message key stem: {@code monitoring.indicator.<key>.title}, {@code .explanation}, {@code .statement}. */
    public String key() {
        return key;
    }
}
