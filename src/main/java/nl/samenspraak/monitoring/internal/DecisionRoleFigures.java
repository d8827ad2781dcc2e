package nl.samenspraak.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.roles.CollaborationRoles;
import nl.samenspraak.roles.DecisionRoleCounts;
import org.springframework.stereotype.Component;

/**
 * How many different residents held a decision role on the last day of each quarter (today for the
 * current one), counted by the roles module. Roles and their holders are public, so the count is
 * shown as it is, also when it is small: "several residents in decision roles" is the point.
 * One query for every quarter at once; quarters before the first resident held such a role are left out.
 */
@Component
class DecisionRoleFigures {

    private final CollaborationRoles roles;

    DecisionRoleFigures(CollaborationRoles roles) {
        this.roles = roles;
    }

    Map<Quarter, Figure> perQuarter(CollaborationId collaboration, Quarter first, LocalDate today) {
        Map<Quarter, LocalDate> days = new LinkedHashMap<>();
        for (Quarter q = first; !q.isAfter(Quarter.of(today)); q = q.next()) {
            LocalDate lastDay = q.endExclusive().minusDays(1);
            days.put(q, lastDay.isAfter(today) ? today : lastDay);
        }
        DecisionRoleCounts counts = roles.residentsInDecisionRoles(collaboration, new ArrayList<>(days.values()));
        Map<Quarter, Figure> trend = new LinkedHashMap<>();
        if (counts.since() == null || counts.since().isAfter(today)) {
            return trend;
        }
        Quarter since = Quarter.of(counts.since());
        days.forEach((q, on) -> {
            if (!q.isBefore(since)) {
                trend.put(q, Figure.number(counts.on(on)));
            }
        });
        return trend;
    }
}
