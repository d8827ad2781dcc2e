package nl.samenspraak.selfscan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.selfscan.ScanRoundId;
import nl.samenspraak.selfscan.SelfScanSummaries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a year's rounds and their results in a fixed number of queries (two for the rounds, three for results). */
@Service
@Transactional(readOnly = true)
class SelfScanSummaryReader implements SelfScanSummaries {

    private final ScanRounds rounds;
    private final ScanResults results;

    SelfScanSummaryReader(ScanRounds rounds, ScanResults results) {
        this.rounds = rounds;
        this.results = results;
    }

    @Override
    public List<RoundSummary> ofYear(UUID collaborationId, int year) {
        List<ScanRound> ofYear = rounds.ofCollaboration(collaborationId).stream().map(ScanRounds.Listed::round)
                .filter(r -> openedOn(r).getYear() == year).toList().reversed();
        Map<ScanRoundId, RoundResults> all = results.of(ofYear);
        return ofYear.stream().map(r -> summary(r, all.get(r.id()))).toList();
    }

    private static RoundSummary summary(ScanRound round, RoundResults result) {
        List<ThemeSummary> themes = result.themes().stream().map(t -> new ThemeSummary(t.theme(),
                t.residents().mean(), t.professionals().mean(), t.gap())).toList();
        return new RoundSummary(round.title(), openedOn(round), round.closedAt() != null,
                result.responsesOf(RespondentGroup.RESIDENT), result.responsesOf(RespondentGroup.PROFESSIONAL), themes);
    }

    private static LocalDate openedOn(ScanRound round) {
        return LocalDate.ofInstant(round.createdAt(), Dates.ZONE);
    }
}
