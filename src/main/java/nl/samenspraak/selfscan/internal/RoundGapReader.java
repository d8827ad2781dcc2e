package nl.samenspraak.selfscan.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.selfscan.ScanGaps;
import org.springframework.stereotype.Component;

/** {@link ScanGaps} from the same {@link ScanResults} as the results page: three queries for all rounds. */
@Component
class RoundGapReader implements ScanGaps {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ScanRounds rounds;
    private final ScanResults results;

    RoundGapReader(ScanRounds rounds, ScanResults results) {
        this.rounds = rounds;
        this.results = results;
    }

    @Override
    public List<RoundGap> ofCollaboration(CollaborationId collaboration, LocalDate from, LocalDate today) {
        List<ScanRound> list = rounds.ofCollaboration(collaboration.value()).stream().map(ScanRounds.Listed::round)
                .filter(r -> {
                    LocalDate opened = r.createdAt().atZone(ZONE).toLocalDate();
                    return !opened.isBefore(from) && !opened.isAfter(today);
                })
                .sorted(Comparator.comparingLong(ScanRound::seq)).toList();
        List<RoundGap> gaps = new ArrayList<>();
        results.of(list).forEach((id, r) -> {
            int compared = (int) r.themes().stream().filter(t -> t.residents().shown() && t.professionals().shown()).count();
            gaps.add(new RoundGap(id, r.round().createdAt().atZone(ZONE).toLocalDate(), compared, r.gaps().size()));
        });
        return List.copyOf(gaps);
    }
}
