package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.HolderKind;
import nl.samenspraak.roles.Holding;
import org.springframework.stereotype.Component;

/**
 * How many different residents held a decision role on the last day of each quarter (today for the
 * current one), counted by the roles module. Roles and their holders are public, so the count is
 * shown as it is, also when it is small: "several residents in decision roles" is the point.
 * One query for the holdings, then one count per quarter since the first resident held such a role.
 */
@Component
class DecisionRoleFigures {

    private final CollaborationRoles roles;

    DecisionRoleFigures(CollaborationRoles roles) {
        this.roles = roles;
    }

    Map<Quarter, Figure> perQuarter(CollaborationId collaboration, Quarter first, LocalDate today) {
        Optional<LocalDate> since = roles.holdings(collaboration).stream()
                .filter(h -> h.holder() == HolderKind.RESIDENT && h.decisionRole())
                .map(Holding::from).min(LocalDate::compareTo);
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        if (since.isEmpty() || since.get().isAfter(today)) {
            return trend;
        }
        Quarter from = Quarter.of(since.get()).isAfter(first) ? Quarter.of(since.get()) : first;
        for (Quarter q = from; !q.isAfter(Quarter.of(today)); q = q.next()) {
            LocalDate lastDay = q.endExclusive().minusDays(1);
            LocalDate on = lastDay.isAfter(today) ? today : lastDay;
            trend.put(q, Figure.number(roles.residentsInDecisionRoles(collaboration, on)));
        }
        return trend;
    }
}
