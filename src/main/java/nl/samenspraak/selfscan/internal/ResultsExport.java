package nl.samenspraak.selfscan.internal;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenspraak.platform.AccessiblePdf;
import nl.samenspraak.selfscan.internal.RoundResults.ThemeResult;
import nl.samenspraak.selfscan.internal.Statistics.GroupResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The results to take away: a CSV for a spreadsheet and an accessible PDF for the board. */
@Component
class ResultsExport {

    static final String PDF_TEMPLATE = "selfscan/report";
    /** Spreadsheets in Dutch settings read semicolons and decimal commas without asking. */
    static final char SEPARATOR = ';';

    private final MessageSource messages;
    private final AccessiblePdf pdf;
    private final String baseUrl;

    ResultsExport(MessageSource messages, AccessiblePdf pdf,
                  @org.springframework.beans.factory.annotation.Value("${samenspraak.base-url}") String baseUrl) {
        this.messages = messages;
        this.pdf = pdf;
        this.baseUrl = baseUrl;
    }

    /** One line per theme per group; a group below the minimum shows its count as "fewer than 5" and no numbers. */
    byte[] csv(RoundResults results, Locale locale) {
        DecimalFormat number = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.of(msg("selfscan.csv.round", locale), msg("selfscan.csv.themeKey", locale),
                msg("selfscan.csv.theme", locale), msg("selfscan.csv.kind", locale), msg("selfscan.csv.group", locale),
                msg("selfscan.csv.respondents", locale), msg("selfscan.csv.mean", locale),
                msg("selfscan.csv.standardDeviation", locale), msg("selfscan.csv.min", locale),
                msg("selfscan.csv.max", locale), msg("selfscan.csv.dontKnow", locale)));
        for (ThemeResult theme : results.themes()) {
            for (RespondentGroup group : RespondentGroup.values()) {
                GroupResult r = theme.of(group);
                String title = results.round().title();
                String themeName = msg("selfscan.theme." + theme.theme().key(), locale);
                String kind = msg("selfscan.kind." + theme.theme().kind().name(), locale);
                String groupName = msg("selfscan.group." + group.name(), locale);
                if (r.shown()) {
                    line(out, List.of(title, theme.theme().key(), themeName, kind, groupName,
                            String.valueOf(r.respondents()), number.format(r.summary().mean()),
                            number.format(r.summary().standardDeviation()), number.format(r.summary().min()),
                            number.format(r.summary().max()), String.valueOf(r.dontKnow())));
                } else {
                    line(out, List.of(title, theme.theme().key(), themeName, kind, groupName,
                            msg("selfscan.results.fewer", locale, Statistics.MIN_RESPONDENTS), "", "", "", "", ""));
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(RoundResults results, ScanResults.Comparison comparison, List<WeakTheme> weakThemes,
               String collaborationName, LocalDate today, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", AccessiblePdf.xmlSafe(results.round().title()));
        variables.put("collaborationName", AccessiblePdf.xmlSafe(collaborationName));
        variables.put("date", today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
        variables.put("results", results);
        variables.put("comparison", comparison);
        variables.put("earlierTitles", comparison.earlier().stream().map(r -> AccessiblePdf.xmlSafe(r.title())).toList());
        variables.put("weakThemes", weakThemes.stream().map(w -> new WeakTheme(w.result(), w.suggestions().stream()
                .map(s -> new nl.samenspraak.knowledge.KnowledgeSuggestion(s.type(), AccessiblePdf.xmlSafe(s.title()),
                        AccessiblePdf.xmlSafe(s.summary()), s.path(), AccessiblePdf.xmlSafe(s.reason()))).toList())).toList());
        variables.put("minimum", Statistics.MIN_RESPONDENTS);
        variables.put("lang", locale.getLanguage());
        variables.put("groups", List.of(RespondentGroup.values()));
        variables.put("residents", results.responsesOf(RespondentGroup.RESIDENT));
        variables.put("professionals", results.responsesOf(RespondentGroup.PROFESSIONAL));
        variables.put("baseUrl", baseUrl);
        return pdf.render(PDF_TEMPLATE, variables, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Quotes where needed, and defuses text a spreadsheet would run as a formula
     * (a round title such as {@code =HYPERLINK(...)}): it gets a leading apostrophe.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARATOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
