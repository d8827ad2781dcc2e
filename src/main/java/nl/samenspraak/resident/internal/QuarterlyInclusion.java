package nl.samenspraak.resident.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.resident.InclusionFigures;
import org.springframework.stereotype.Component;

/** {@link InclusionFigures} through the same {@link Representation} as the "wie doet mee" page. */
@Component
class QuarterlyInclusion implements InclusionFigures {

    private final Representation representation;
    private final Populations populations;

    QuarterlyInclusion(Representation representation, Populations populations) {
        this.representation = representation;
        this.populations = populations;
    }

    @Override
    public List<QuarterInclusion> perQuarter(CollaborationId collaboration, LocalDate from, LocalDate today) {
        Populations.Counts counts = populations.areas(collaboration.value()).stream().findFirst()
                .map(a -> populations.counts(collaboration.value(), a.id()))
                .orElse(new Populations.Counts(Map.of()));
        List<QuarterInclusion> result = new ArrayList<>();
        representation.compareByQuarter(collaboration.value(), from, today.plusDays(1), counts).forEach((start, c) -> {
            List<DimensionInclusion> dimensions = new ArrayList<>();
            for (Representation.DimensionView view : c.dimensions()) {
                int groups = 0;
                int fair = 0;
                for (Representation.GroupRow row : view.groups()) {
                    if (row.verdict() != Representation.Verdict.UNKNOWN) {
                        groups++;
                        if (row.verdict() == Representation.Verdict.OK) {
                            fair++;
                        }
                    }
                }
                dimensions.add(new DimensionInclusion(view.dimension().name(), view.comparable() && groups > 0, groups, fair));
            }
            result.add(new QuarterInclusion(start.getYear(), (start.getMonthValue() - 1) / 3 + 1, c.participants(),
                    List.copyOf(dimensions)));
        });
        return result;
    }
}
