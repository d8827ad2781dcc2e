package nl.samenspraak.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccess;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.Indicator;
import nl.samenspraak.monitoring.IndicatorBoard;
import nl.samenspraak.monitoring.ProcessIndicators;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.monitoring.QuarterValue;
import nl.samenspraak.platform.Dates;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The process indicators of a collaboration: counts and shares only, for every staff role. */
@Controller
class IndicatorController {

    static final String VIEW = "monitoring/indicators";

    /** A column of an indicator's table: a category of a breakdown, or the one value column. */
    record Column(String code, String name) {}

    /** One quarter's row: a cell per column. */
    record Row(Quarter quarter, List<Figure> cells) {}

    /** One indicator as the page shows it. */
    record IndicatorView(Indicator indicator, List<Column> columns, List<Row> rows, TrendLine line) {
        public String key() {
            return indicator.kind().key();
        }
    }

    private final StaffAccess staffAccess;
    private final ProcessIndicators indicators;
    private final Clock clock;

    IndicatorController(StaffAccess staffAccess, ProcessIndicators indicators, Clock clock) {
        this.staffAccess = staffAccess;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/beheer/{slug}/indicatoren")
    String showIndicators(Authentication authentication, @PathVariable String slug, Model model) {
        CollaborationAccess access = staffAccess.require(authentication, slug, Role.VIEWER);
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        IndicatorBoard board = indicators.forCollaboration(CollaborationId.of(access.collaborationId()), today);
        model.addAttribute("access", access);
        model.addAttribute("board", board);
        model.addAttribute("views", board.indicators().stream().map(IndicatorController::view).toList());
        return VIEW;
    }

    static IndicatorView view(Indicator indicator) {
        boolean breakdown = indicator.trend().stream().anyMatch(v -> v.value().shape() == Figure.Shape.BREAKDOWN);
        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (!breakdown) {
            columns.add(new Column("value", null));
            for (QuarterValue v : indicator.trend()) {
                rows.add(new Row(v.quarter(), List.of(v.value())));
            }
        } else {
            Map<String, Column> byCode = new LinkedHashMap<>();
            for (QuarterValue v : indicator.trend()) {
                v.value().parts().forEach(p -> byCode.putIfAbsent(p.code(), new Column(p.code(), p.name())));
            }
            columns.addAll(byCode.values());
            for (QuarterValue v : indicator.trend()) {
                Map<String, Figure> cells = new LinkedHashMap<>();
                v.value().parts().forEach(p -> cells.put(p.code(), p.value()));
                rows.add(new Row(v.quarter(), columns.stream().map(c -> cells.getOrDefault(c.code(), Figure.none())).toList()));
            }
        }
        return new IndicatorView(indicator, columns, rows, breakdown ? null : TrendLine.of(indicator.trend()));
    }
}
