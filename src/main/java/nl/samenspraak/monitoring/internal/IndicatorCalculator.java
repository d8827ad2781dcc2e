package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.InputFigures;
import nl.samenspraak.meeting.SeriesContinuity;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Indicator;
import nl.samenspraak.monitoring.IndicatorBoard;
import nl.samenspraak.monitoring.IndicatorKind;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.monitoring.QuarterValue;
import nl.samenspraak.resident.InclusionFigures;
import nl.samenspraak.resident.Participations;
import nl.samenspraak.selfscan.ScanGaps;
import org.springframework.stereotype.Component;

/**
 * Computes each indicator from the other modules' read APIs: every one of them aggregates per
 * quarter in SQL, so the whole board takes a fixed handful of queries whatever the history.
 * Public only so the module's facade can call it.
 */
@Component
public class IndicatorCalculator {

    private final InputFigures inputs;
    private final Participations participations;
    private final InclusionFigures inclusion;
    private final SeriesContinuity continuity;
    private final ScanGaps scanGaps;
    private final FirstInvolvementFigures firstInvolvement;
    private final DecisionRoleFigures decisionRoles;

    IndicatorCalculator(InputFigures inputs, Participations participations, InclusionFigures inclusion,
                        SeriesContinuity continuity, ScanGaps scanGaps, FirstInvolvementFigures firstInvolvement,
                        DecisionRoleFigures decisionRoles) {
        this.inputs = inputs;
        this.participations = participations;
        this.inclusion = inclusion;
        this.continuity = continuity;
        this.scanGaps = scanGaps;
        this.firstInvolvement = firstInvolvement;
        this.decisionRoles = decisionRoles;
    }

    public IndicatorBoard board(CollaborationId collaboration, LocalDate today) {
        Quarter last = Quarter.of(today);
        return board(collaboration, last.plus(-(IndicatorBoard.QUARTERS - 1)), last, today);
    }

    /**
     * The quarters {@code first} to {@code last} as known on {@code today}: an earlier year's quarters keep their
     * values, and retention, which needs the twelve months after a quarter, shows once those months have passed.
     */
    public IndicatorBoard board(CollaborationId collaboration, Quarter first, Quarter last, LocalDate today) {
        LocalDate from = first.start();
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            Map<Quarter, Figure> trend = switch (kind) {
                case ANSWERS_ON_TIME -> answersOnTime(collaboration, from, today);
                case REACH -> reach(collaboration, from, today);
                case RETENTION -> retention(collaboration, from, today);
                case INCLUSION -> inclusion(collaboration, from, today);
                case FIRST_INVOLVEMENT -> firstInvolvement.perQuarter(collaboration, first, today);
                case SERIES_CONTINUITY -> seriesContinuity(collaboration, first, today);
                case DECISION_ROLES -> decisionRoles.perQuarter(collaboration, first, today);
                case SELFSCAN_GAP -> selfscanGap(collaboration, from, today);
            };
            List<QuarterValue> values = new ArrayList<>();
            new TreeMap<>(trend).forEach((q, f) -> {
                if (!q.isBefore(first) && !q.isAfter(last) && !f.isNone()) {
                    values.add(new QuarterValue(q, f));
                }
            });
            indicators.add(Indicator.fromTrend(kind, values));
        }
        TreeSet<Quarter> quarters = new TreeSet<>();
        indicators.forEach(i -> i.trend().forEach(v -> quarters.add(v.quarter())));
        return new IndicatorBoard(indicators, List.copyOf(quarters));
    }

    private Map<Quarter, Figure> answersOnTime(CollaborationId c, LocalDate from, LocalDate today) {
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        for (InputFigures.Punctuality p : inputs.punctualityPerQuarter(c, from, today)) {
            trend.put(new Quarter(p.year(), p.quarter()), Figure.share(p.onTime(), p.due()));
        }
        return trend;
    }

    /** Inputs per channel (counted as inputs: an input has no resident record), then meetings and pool as residents. */
    private Map<Quarter, Figure> reach(CollaborationId c, LocalDate from, LocalDate today) {
        Map<Quarter, Map<String, Figure>> parts = new TreeMap<>();
        for (InputFigures.ChannelCount count : inputs.receivedPerQuarter(c, from, today)) {
            parts.computeIfAbsent(new Quarter(count.year(), count.quarter()), q -> new LinkedHashMap<>())
                    .put("input." + count.channel().name(), Figure.number(count.inputs()));
        }
        for (Participations.Reach r : participations.reachPerQuarter(c, from, today)) {
            parts.computeIfAbsent(new Quarter(r.year(), r.quarter()), q -> new LinkedHashMap<>())
                    .put(r.kind().name(), Figure.people(r.residents()));
        }
        List<String> order = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            order.add("input." + channel.name());
        }
        order.add(Participations.Kind.MEETING.name());
        order.add(Participations.Kind.POOL.name());
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        parts.forEach((q, byCode) -> trend.put(q, Figure.breakdown(order.stream().filter(byCode::containsKey)
                .map(code -> new Figure.Part(code, null, byCode.get(code))).toList())));
        return trend;
    }

    private Map<Quarter, Figure> retention(CollaborationId c, LocalDate from, LocalDate today) {
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        for (Participations.Retention r : participations.retentionPerQuarter(c, from.minusYears(1), today)) {
            trend.put(new Quarter(r.year(), r.quarter()), Figure.shareOfPeople(r.returned(), r.residents()));
        }
        return trend;
    }

    private Map<Quarter, Figure> inclusion(CollaborationId c, LocalDate from, LocalDate today) {
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        for (InclusionFigures.QuarterInclusion q : inclusion.perQuarter(c, from, today)) {
            List<Figure.Part> parts = new ArrayList<>();
            for (InclusionFigures.DimensionInclusion d : q.dimensions()) {
                Figure value = d.comparable() ? Figure.share(d.fair(), d.groups()) : Figure.suppressedShare();
                parts.add(new Figure.Part("dimension." + d.dimension(), null, value));
            }
            trend.put(new Quarter(q.year(), q.quarter()), Figure.breakdown(parts));
        }
        return trend;
    }

    /** Per series held against planned; a quarter counts when a series planned or held a meeting in it. */
    private Map<Quarter, Figure> seriesContinuity(CollaborationId c, Quarter first, LocalDate today) {
        Map<Quarter, List<Figure.Part>> parts = new TreeMap<>();
        for (SeriesContinuity.SeriesFigures s : continuity.of(c, today)) {
            for (SeriesContinuity.QuarterCount q : s.quarters()) {
                Quarter quarter = new Quarter(q.year(), q.quarter());
                if (quarter.isBefore(first) || (q.planned() == 0 && q.held() == 0)) {
                    continue;
                }
                parts.computeIfAbsent(quarter, k -> new ArrayList<>())
                        .add(new Figure.Part(s.series().toString(), s.name(), Figure.share(q.held(), q.planned())));
            }
        }
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        parts.forEach((q, list) -> trend.put(q, Figure.breakdown(list)));
        return trend;
    }

    /** Rounds opened in the same quarter are added up. */
    private Map<Quarter, Figure> selfscanGap(CollaborationId c, LocalDate from, LocalDate today) {
        Map<Quarter, int[]> sums = new TreeMap<>();
        for (ScanGaps.RoundGap r : scanGaps.ofCollaboration(c, from, today)) {
            int[] sum = sums.computeIfAbsent(Quarter.of(r.openedOn()), q -> new int[2]);
            sum[0] += r.gaps();
            sum[1] += r.compared();
        }
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        sums.forEach((q, sum) -> trend.put(q, sum[1] == 0 ? Figure.suppressedShare() : Figure.share(sum[0], sum[1])));
        return trend;
    }
}
