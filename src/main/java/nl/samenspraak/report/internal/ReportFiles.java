package nl.samenspraak.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.platform.AccessiblePdf;
import nl.samenspraak.platform.Csv;
import nl.samenspraak.platform.Dates;
import nl.samenspraak.report.YearlyReport;
import nl.samenspraak.report.YearlyReports;
import nl.samenspraak.selfscan.SelfScanSummaries.RoundSummary;
import nl.samenspraak.selfscan.SelfScanSummaries.ThemeSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report to take away: one CSV (a column names the section) and a PDF/UA made from the page's own sections. */
@Component
class ReportFiles {

    static final String PDF_TEMPLATE = "report/pdf";
    /** How many earlier years the page links to. */
    static final int EARLIER_YEARS = 3;

    private final MessageSource messages;
    private final AccessiblePdf pdf;
    private final Dates dates;

    ReportFiles(MessageSource messages, AccessiblePdf pdf, Dates dates) {
        this.messages = messages;
        this.pdf = pdf;
        this.dates = dates;
    }

    /** The years before this one that a report can be asked for, newest first. */
    static List<Integer> yearsBefore(int year) {
        List<Integer> years = new ArrayList<>();
        for (int y = year - 1; y >= Math.max(YearlyReports.FIRST_YEAR, year - EARLIER_YEARS); y--) {
            years.add(y);
        }
        return years;
    }

    byte[] pdf(YearlyReport report, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", report);
        variables.put("dates", dates);
        variables.put("lang", locale.getLanguage());
        variables.put("pdf", true);
        return pdf.render(PDF_TEMPLATE, variables, locale);
    }

    /** Columns: section, subject, measure, value, date. One row per fact, so a spreadsheet can filter by section. */
    byte[] csv(YearlyReport report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Csv csv = Csv.withBom(writer);
            csv.row(List.of(msg("report.csv.section", locale), msg("report.csv.subject", locale),
                    msg("report.csv.measure", locale), msg("report.csv.value", locale), msg("report.csv.date", locale)));
            String about = msg("report.csv.section.about", locale);
            csv.row(List.of(about, report.collaborationName(), msg("report.csv.year", locale),
                    String.valueOf(report.year()), report.madeOn().toString()));

            String vision = msg("report.csv.section.vision", locale);
            if (report.vision() != null) {
                YearlyReport.Vision v = report.vision();
                csv.row(List.of(vision, msg("report.vision.version", locale, v.number()), msg("report.csv.text", locale),
                        v.text(), v.publishedOn().toString()));
                csv.row(List.of(vision, msg("report.vision.version", locale, v.number()),
                        msg("report.csv.versionsThisYear", locale), String.valueOf(v.versionsThisYear()), ""));
            }

            String roles = msg("report.csv.section.roles", locale);
            String asOf = (report.currentYear() ? report.madeOn() : java.time.LocalDate.of(report.year(), 12, 31)).toString();
            for (YearlyReport.Role r : report.roles().roles()) {
                csv.row(List.of(roles, r.name(), msg("report.roles.residents", locale), String.valueOf(r.residents()), asOf));
                csv.row(List.of(roles, r.name(), msg("report.roles.staff", locale), String.valueOf(r.staff()), asOf));
                csv.row(List.of(roles, r.name(), msg("report.roles.decides", locale),
                        msg(r.decisionRole() ? "report.yes" : "report.no", locale), asOf));
            }
            csv.row(List.of(roles, "", msg("report.csv.residentsInDecisionRoles", locale),
                    String.valueOf(report.roles().residentsInDecisionRoles()), asOf));
            csv.row(List.of(roles, "", msg("report.csv.started", locale), String.valueOf(report.roles().started()), ""));
            csv.row(List.of(roles, "", msg("report.csv.ended", locale), String.valueOf(report.roles().ended()), ""));

            String anchoring = msg("report.csv.section.anchoring", locale);
            for (YearlyReport.Strategy st : report.anchoring().strategies()) {
                csv.row(List.of(anchoring, st.name(), msg("report.csv.standing", locale), st.standingText(), asOf));
                st.inPlace().forEach(x -> csv.row(List.of(anchoring, st.name(), msg("report.csv.inPlace", locale), x, asOf)));
                st.missing().forEach(x -> csv.row(List.of(anchoring, st.name(), msg("report.csv.missing", locale), x, asOf)));
                st.runningOut().forEach(x -> csv.row(List.of(anchoring, st.name(), msg("report.csv.runningOut", locale), x, asOf)));
            }

            String indicators = msg("report.csv.section.indicators", locale);
            for (YearlyReport.IndicatorRow row : report.indicators().rows()) {
                for (int i = 0; i < row.values().size(); i++) {
                    csv.row(List.of(indicators, row.title(), report.indicators().quarters().get(i), row.values().get(i), ""));
                }
            }

            String ripple = msg("report.csv.section.ripple", locale);
            for (YearlyReport.Effect e : report.ripple().effects()) {
                String when = e.happenedOn() == null ? "" : e.happenedOn().toString();
                csv.row(List.of(ripple, e.whatChanged(), msg("report.ripple.forWhom", locale), e.forWhom(), when));
                csv.row(List.of(ripple, e.whatChanged(), msg("report.ripple.ring", locale), e.ring(), when));
                csv.row(List.of(ripple, e.whatChanged(), msg("report.ripple.capital", locale), e.capital(), when));
                csv.row(List.of(ripple, e.whatChanged(), msg("report.ripple.valence", locale), e.valence(), when));
                csv.row(List.of(ripple, e.whatChanged(), msg("report.ripple.intended", locale),
                        msg(e.intended() ? "report.yes" : "report.no", locale), when));
            }

            String decisions = msg("report.csv.section.decisions", locale);
            for (YearlyReport.Decision d : report.decisions()) {
                csv.row(List.of(decisions, d.title(), msg("report.csv.state", locale), state(d.state(), locale),
                        d.decidedOn().toString()));
                csv.row(List.of(decisions, d.title(), msg("report.decisions.decidedBy", locale), d.decidedBy(),
                        d.decidedOn().toString()));
                csv.row(List.of(decisions, d.title(), msg("report.decisions.inputs", locale),
                        String.valueOf(d.inputCount()), d.lastChangedOn().toString()));
            }
            for (Map.Entry<DecisionState, Integer> e : report.decisionsByState().entrySet()) {
                csv.row(List.of(decisions, state(e.getKey(), locale), msg("report.csv.count", locale),
                        String.valueOf(e.getValue()), ""));
            }

            String scan = msg("report.csv.section.selfScan", locale);
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMinimumFractionDigits(1);
            number.setMaximumFractionDigits(1);
            for (RoundSummary round : report.selfScan()) {
                String opened = round.openedOn().toString();
                csv.row(List.of(scan, round.title(), msg("selfscan.group.RESIDENT", locale), String.valueOf(round.residents()), opened));
                csv.row(List.of(scan, round.title(), msg("selfscan.group.PROFESSIONAL", locale), String.valueOf(round.professionals()), opened));
                for (ThemeSummary t : round.themes()) {
                    String subject = round.title() + ": " + msg("selfscan.theme." + t.theme().key(), locale);
                    csv.row(List.of(scan, subject, msg("report.selfScan.residents", locale), mean(t.residents(), number), opened));
                    csv.row(List.of(scan, subject, msg("report.selfScan.professionals", locale), mean(t.professionals(), number), opened));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String mean(Double mean, NumberFormat number) {
        return mean == null ? "" : number.format(mean);
    }

    private String state(DecisionState state, Locale locale) {
        return msg("decision.state." + state.name(), locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
