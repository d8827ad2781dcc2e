package nl.samenspraak.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.platform.NotFoundException;
import java.util.ArrayList;
import java.util.Locale;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.AnchoringOverview;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Indicator;
import nl.samenspraak.monitoring.IndicatorBoard;
import nl.samenspraak.monitoring.IndicatorKind;
import nl.samenspraak.monitoring.ProcessIndicators;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.monitoring.QuarterValue;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import nl.samenspraak.roles.CollaborationRoles;
import org.springframework.context.MessageSource;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.Holding;
import nl.samenspraak.selfscan.SelfScanSummaries;
import nl.samenspraak.vision.SharedVisions;
import nl.samenspraak.vision.VisionVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a collaboration's yearly report together from the other modules' APIs; it stores nothing. */
@Service
public class YearlyReports {

    /** The first year a report can be asked for; earlier years never had data on this platform. */
    public static final int FIRST_YEAR = 2000;

    private final Clock clock;
    private final DecisionBook decisions;
    private final SelfScanSummaries selfScan;
    private final SharedVisions visions;
    private final CollaborationRoles roles;
    private final Anchoring anchoring;
    private final ProcessIndicators indicators;
    private final RippleMaps ripple;
    private final MessageSource messages;
    private final Dates dates;

    YearlyReports(Clock clock, DecisionBook decisions, SelfScanSummaries selfScan, SharedVisions visions,
                  CollaborationRoles roles, Anchoring anchoring, ProcessIndicators indicators, RippleMaps ripple,
                  MessageSource messages, Dates dates) {
        this.dates = dates;
        this.anchoring = anchoring;
        this.indicators = indicators;
        this.ripple = ripple;
        this.messages = messages;
        this.roles = roles;
        this.visions = visions;
        this.clock = clock;
        this.decisions = decisions;
        this.selfScan = selfScan;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    /**
     * The report of one year, from {@link #FIRST_YEAR} up to this year.
     *
     * @throws NotFoundException for a year outside that range, so a typed-in URL answers like a missing page
     */
    // Not read-only: the roles module fills a new collaboration's catalogue with the standard roles on first use.
    @Transactional
    public YearlyReport of(UUID collaborationId, String collaborationName, int year, Locale locale) {
        LocalDate today = today();
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new NotFoundException();
        }
        List<YearlyReport.Decision> taken = decisions.ofCollaboration(collaborationId).stream()
                .filter(d -> d.decidedOn().getYear() == year)
                .map(YearlyReports::decision)
                .sorted(java.util.Comparator.comparing(YearlyReport.Decision::decidedOn))
                .toList();
        CollaborationId collaboration = new CollaborationId(collaborationId);
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        // Read once: the indicators' table and the roles section's count of residents in decision roles on asOf
        // (the indicator's value for asOf's quarter is counted on exactly that day: the quarter's last day or today).
        // As known today, so an earlier year's report shows the retention of its quarters once it is known.
        IndicatorBoard board = indicators.upTo(collaboration, Quarter.of(asOf), today);
        return new YearlyReport(collaborationName, year, today, year == today.getYear(),
                vision(visions.versions(collaboration), year, asOf), roles(collaboration, year, asOf, board),
                anchoring(collaboration, asOf, locale), indicators(board, year, asOf, locale),
                ripple(collaboration, year, year == today.getYear(), locale), taken,
                selfScan.ofYear(collaborationId, year));
    }

    /** The year asked for as typed in a URL; anything that is not a plain year is not found. */
    public static int parseYear(String raw) {
        if (raw == null || !raw.matches("\\d{4}")) {
            throw new NotFoundException();
        }
        return Integer.parseInt(raw);
    }

    /** The version that applied on {@code asOf}, with how many versions the year brought; null before the first. */
    static YearlyReport.Vision vision(List<VisionVersion> versions, int year, LocalDate asOf) {
        VisionVersion applying = null;
        for (VisionVersion v : versions) {
            if (!v.publishedOn().isAfter(asOf) && (applying == null || v.number() > applying.number())) {
                applying = v;
            }
        }
        if (applying == null) {
            return null;
        }
        int thisYear = (int) versions.stream().filter(v -> v.publishedOn().getYear() == year).count();
        return new YearlyReport.Vision(applying.number(), applying.publishedOn(), applying.text(), thisYear,
                applying.residentContributors(), applying.professionalContributors());
    }

    private YearlyReport.Anchoring anchoring(CollaborationId collaboration, LocalDate asOf, Locale locale) {
        AnchoringOverview overview = anchoring.overview(collaboration, asOf, locale);
        List<YearlyReport.Strategy> strategies = overview.strategies().stream().map(s -> new YearlyReport.Strategy(
                s.name(), s.standing().name(), s.standingText(), s.inPlace(), s.missing(), s.runningOut().stream()
                .map(r -> msg("report.anchoring.runsOut", locale, r.what(), dates.date(r.endsOn(), locale))).toList())).toList();
        String weakest = overview.of(overview.weakest()).name();
        return new YearlyReport.Anchoring(strategies, weakest,
                overview.suggestion().map(g -> g.title() + ": " + g.summary()).orElse(null),
                overview.suggestion().map(g -> g.path()).orElse(null));
    }

    /** Each indicator's value in the quarters of the year up to the day asked about; "no data" where it had none. */
    private YearlyReport.Indicators indicators(IndicatorBoard board, int year, LocalDate asOf, Locale locale) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = new Quarter(year, 1); q.compareTo(Quarter.of(asOf)) <= 0 && q.year() == year; q = q.next()) {
            quarters.add(q);
        }
        List<YearlyReport.IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : board.indicators()) {
            List<String> values = new ArrayList<>();
            for (Quarter q : quarters) {
                Figure figure = indicator.trend().stream().filter(v -> v.quarter().equals(q)).map(QuarterValue::value)
                        .findFirst().orElse(Figure.none());
                values.add(figure(figure, locale));
            }
            String key = "monitoring.indicator." + indicator.kind().key();
            rows.add(new YearlyReport.IndicatorRow(msg(key + ".title", locale), msg(key + ".explanation", locale), values));
        }
        return new YearlyReport.Indicators(quarters.stream()
                .map(q -> msg("monitoring.quarter", locale, String.valueOf(q.year()), q.quarter())).toList(), rows);
    }

    /** A figure in words, with the monitoring module's own texts; a breakdown as "part: value" pairs. */
    private String figure(Figure f, Locale locale) {
        if (f.isNone()) {
            return msg("monitoring.figure.none", locale);
        }
        if (f.suppressed()) {
            return msg("monitoring.figure.suppressed", locale);
        }
        return switch (f.shape()) {
            case NUMBER -> String.valueOf(f.number());
            case SHARE -> f.percent() != null ? msg("monitoring.figure.share", locale, f.percent(), f.numerator(), f.denominator())
                    : msg("monitoring.figure.count", locale, f.numerator(), f.denominator());
            case BREAKDOWN -> String.join("; ", f.parts().stream().map(p -> (p.name() != null ? p.name()
                    : msg("monitoring.part." + p.code(), locale)) + ": " + figure(p.value(), locale)).toList());
            case NONE -> msg("monitoring.figure.none", locale);
        };
    }

    private YearlyReport.Ripple ripple(CollaborationId collaboration, int year, boolean currentYear, Locale locale) {
        RippleMap map = ripple.map(collaboration);
        List<YearlyReport.Effect> effects = map.effects().stream().filter(e -> e.told().getYear() == year)
                .map(e -> new YearlyReport.Effect(e.whatChanged(), e.forWhom(),
                        msg("ripple.staff.ring." + e.ring().name(), locale), msg("ripple.staff.capital." + e.capital().name(), locale),
                        msg("ripple.staff.valence." + e.valence().name(), locale), e.intended(), e.happenedOn()))
                .toList();
        String svg = currentYear && !map.isEmpty() ? ripple.svg(map, locale) : null;
        return new YearlyReport.Ripple(svg, map.activities().size(), effects,
                svg == null ? List.of() : branches(map, locale));
    }

    /** The map as a tree: activities first, each effect under what it grew from (an effect without a link at the end). */
    static List<YearlyReport.Branch> branches(RippleMap map, java.util.function.BiFunction<String, Object[], String> msg) {
        java.util.Map<java.util.UUID, List<RippleMap.Effect>> grewFrom = new java.util.HashMap<>();
        java.util.Set<java.util.UUID> linked = new java.util.HashSet<>();
        java.util.Map<java.util.UUID, RippleMap.Effect> byId = new java.util.HashMap<>();
        map.effects().forEach(e -> byId.put(e.id(), e));
        for (RippleMap.Link link : map.links()) {
            RippleMap.Effect to = byId.get(link.to());
            if (to != null) {
                grewFrom.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(to);
                linked.add(to.id());
            }
        }
        java.util.Set<java.util.UUID> shown = new java.util.HashSet<>();
        List<YearlyReport.Branch> roots = new ArrayList<>();
        for (RippleMap.Activity a : map.activities()) {
            roots.add(new YearlyReport.Branch(a.title(), null, children(a.id(), grewFrom, shown, msg)));
        }
        // Then effects that grew from nothing on the map (or from something no longer on it), each with its own branch.
        for (boolean unlinkedOnly : new boolean[] {true, false}) {
            for (RippleMap.Effect e : map.effects()) {
                if ((!unlinkedOnly || !linked.contains(e.id())) && shown.add(e.id())) {
                    roots.add(new YearlyReport.Branch(e.whatChanged(), detail(e, msg), children(e.id(), grewFrom, shown, msg)));
                }
            }
        }
        return roots;
    }

    private List<YearlyReport.Branch> branches(RippleMap map, Locale locale) {
        return branches(map, (key, args) -> msg(key, locale, args));
    }

    private static List<YearlyReport.Branch> children(java.util.UUID from, java.util.Map<java.util.UUID, List<RippleMap.Effect>> grewFrom,
                                                      java.util.Set<java.util.UUID> shown,
                                                      java.util.function.BiFunction<String, Object[], String> msg) {
        List<YearlyReport.Branch> list = new ArrayList<>();
        for (RippleMap.Effect e : grewFrom.getOrDefault(from, List.of())) {
            if (shown.add(e.id())) { // each effect once, also if links were ever to form a loop
                list.add(new YearlyReport.Branch(e.whatChanged(), detail(e, msg), children(e.id(), grewFrom, shown, msg)));
            }
        }
        return list;
    }

    private static String detail(RippleMap.Effect e, java.util.function.BiFunction<String, Object[], String> msg) {
        return msg.apply("ripple.staff.treeMeta", new Object[] {
                msg.apply("ripple.staff.valence." + e.valence().name(), new Object[0]),
                msg.apply("ripple.staff.intended." + e.intended(), new Object[0]),
                msg.apply("ripple.staff.ring." + e.ring().name(), new Object[0]),
                msg.apply("ripple.staff.capital." + e.capital().name(), new Object[0])});
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private YearlyReport.Roles roles(CollaborationId collaboration, int year, LocalDate asOf, IndicatorBoard board) {
        List<Holding> holdings = roles.holdings(collaboration);
        List<YearlyReport.Role> list = roles.catalogue(collaboration).stream().map(r -> new YearlyReport.Role(r.name(),
                r.expected(), r.offered(), r.decisionRole(),
                count(holdings, r.id(), HolderKind.RESIDENT, asOf), count(holdings, r.id(), HolderKind.STAFF, asOf))).toList();
        int started = (int) holdings.stream().filter(h -> h.from().getYear() == year).count();
        int ended = (int) holdings.stream().filter(h -> h.until() != null && h.until().getYear() == year).count();
        Figure inDecisionRoles = board.get(IndicatorKind.DECISION_ROLES).trend().stream()
                .filter(v -> v.quarter().equals(Quarter.of(asOf))).map(QuarterValue::value).findFirst().orElse(Figure.none());
        return new YearlyReport.Roles(list, inDecisionRoles.isNone() ? 0 : inDecisionRoles.number(), started, ended);
    }

    private static int count(List<Holding> holdings, UUID role, HolderKind kind, LocalDate on) {
        return (int) holdings.stream().filter(h -> h.roleId().equals(role) && h.holder() == kind && h.heldOn(on)).count();
    }

    private static YearlyReport.Decision decision(PublicDecision d) {
        return new YearlyReport.Decision(d.title(), d.decidedBy(), d.decidedOn(), d.state(), d.lastChangedOn(),
                d.inputCount());
    }

}
