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
import nl.samenspraak.roles.CollaborationRoles;
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

    YearlyReports(Clock clock, DecisionBook decisions, SelfScanSummaries selfScan, SharedVisions visions,
                  CollaborationRoles roles) {
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
    public YearlyReport of(UUID collaborationId, String collaborationName, int year) {
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
        return new YearlyReport(collaborationName, year, today, year == today.getYear(),
                vision(visions.versions(collaboration), year, asOf), roles(collaboration, year, asOf), taken,
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

    private YearlyReport.Roles roles(CollaborationId collaboration, int year, LocalDate asOf) {
        List<Holding> holdings = roles.holdings(collaboration);
        List<YearlyReport.Role> list = roles.catalogue(collaboration).stream().map(r -> new YearlyReport.Role(r.name(),
                r.expected(), r.offered(), r.decisionRole(),
                count(holdings, r.id(), HolderKind.RESIDENT, asOf), count(holdings, r.id(), HolderKind.STAFF, asOf))).toList();
        int started = (int) holdings.stream().filter(h -> h.from().getYear() == year).count();
        int ended = (int) holdings.stream().filter(h -> h.until() != null && h.until().getYear() == year).count();
        return new YearlyReport.Roles(list, roles.residentsInDecisionRoles(collaboration, asOf), started, ended);
    }

    private static int count(List<Holding> holdings, UUID role, HolderKind kind, LocalDate on) {
        return (int) holdings.stream().filter(h -> h.roleId().equals(role) && h.holder() == kind && h.heldOn(on)).count();
    }

    private static YearlyReport.Decision decision(PublicDecision d) {
        return new YearlyReport.Decision(d.title(), d.decidedBy(), d.decidedOn(), d.state(), d.lastChangedOn(),
                d.inputCount());
    }

}
