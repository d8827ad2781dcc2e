package nl.samenspraak.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import nl.samenspraak.QueryCounter;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.monitoring.Figure;
import nl.samenspraak.monitoring.IndicatorBoard;
import nl.samenspraak.monitoring.IndicatorKind;
import nl.samenspraak.monitoring.ProcessIndicators;
import nl.samenspraak.monitoring.Quarter;
import nl.samenspraak.monitoring.QuarterValue;
import nl.samenspraak.ripple.RippleMap;
import nl.samenspraak.ripple.RippleMaps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

/**
 * The yearly report of the demo collaborations as a board member reads it: three years of history behind every
 * indicator, the ripple map's content in the PDF as a list, and a page that needs a fixed, small number of queries.
 */
@TestPropertySource(properties = {"samenspraak.demo=true", "samenspraak.demo-password=demo-wachtwoord"})
class ReportDemoTest extends IntegrationTest {

    /** Statements of one report page of texel (the demo board member), measured 2 December 2026: 39. */
    static final int REPORT_STATEMENTS = 40;
    /** Statements of texel's indicator page (the demo coordinator), measured 2 December 2026: 18. */
    static final int INDICATOR_STATEMENTS = 19;

    static final List<String> DEMO = List.of("texel", "heerenveen", "mijnstreek");

    @Autowired Collaborations collaborations;
    @Autowired ProcessIndicators indicators;
    @Autowired RippleMaps ripple;
    @Autowired MessageSource messages;

    @Test
    void everyDemoCollaborationHasTwelveQuartersOfReachInclusionAndContinuityAndYearsOfRetention() {
        Quarter now = Quarter.of(today());
        for (String slug : DEMO) {
            IndicatorBoard board = indicators.forCollaboration(id(slug), today());
            for (IndicatorKind kind : List.of(IndicatorKind.REACH, IndicatorKind.INCLUSION, IndicatorKind.SERIES_CONTINUITY)) {
                assertThat(board.get(kind).trend()).as(slug + " " + kind).extracting(QuarterValue::quarter)
                        .first().isEqualTo(now.plus(-(IndicatorBoard.QUARTERS - 1)));
                assertThat(board.get(kind).trend()).as(slug + " " + kind).hasSize(IndicatorBoard.QUARTERS);
            }
            // Every quarter at least ten residents came to a gathering: the number is shown, not hidden.
            assertThat(board.get(IndicatorKind.REACH).trend()).as(slug).allSatisfy(v -> assertThat(v.value().parts())
                    .anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo("MEETING");
                        assertThat(p.value().suppressed()).isFalse();
                    }));
            // Retention needs the twelve months after a quarter: every quarter from three years ago up to a year ago.
            List<QuarterValue> retention = board.get(IndicatorKind.RETENTION).trend();
            assertThat(retention).as(slug).hasSizeGreaterThanOrEqualTo(IndicatorBoard.QUARTERS - 5);
            assertThat(retention).as(slug).allSatisfy(v -> assertThat(v.value().percent()).isNotNull().isBetween(50, 100));
            assertThat(retention.stream().map(v -> v.value().percent()).distinct().count()).as(slug + ": some stopped")
                    .isGreaterThan(1);
            assertThat(board.get(IndicatorKind.ANSWERS_ON_TIME).trend()).as(slug).hasSizeGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void theReportOfTwoYearsAgoHasAValueForReachAndContinuityInEveryQuarter() throws Exception {
        Locale nl = Locale.forLanguageTag("nl");
        int year = today().getYear() - 2;
        String csv = mvc.perform(get("/beheer/texel/rapport/{year}.csv", year).with(as("bestuurder@texel.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<List<String>> rows = YearlyReportTest.parse(csv);
        for (String key : List.of("reach", "seriesContinuity", "retention", "inclusion")) {
            String title = msg("monitoring.indicator." + key + ".title", nl);
            List<List<String>> values = rows.stream().filter(r -> r.get(0).equals(msg("report.csv.section.indicators", nl))
                    && r.get(1).equals(title)).toList();
            assertThat(values).as(key).hasSize(4);
            assertThat(values).as(key).allSatisfy(r -> assertThat(r.get(3)).isNotEqualTo(msg("monitoring.figure.none", nl)));
        }
        String page = mvc.perform(get("/beheer/texel/rapport/{year}", year).with(as("bestuurder@texel.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("an older report says its role names are today's")
                .contains(HtmlUtils.htmlEscape(msg("report.roles.namesToday", nl, year)));
    }

    @Test
    void thePdfCarriesTheRippleMapAsANestedListBecauseItCannotDrawTheSvg() throws Exception {
        Locale nl = Locale.forLanguageTag("nl");
        RippleMap map = ripple.map(id("texel"));
        assertThat(map.activities()).isNotEmpty();
        assertThat(map.links()).as("the demo map has effects that grew from other effects")
                .anySatisfy(l -> assertThat(l.fromActivity()).isFalse());
        String page = mvc.perform(get("/beheer/texel/rapport").with(as("bestuurder@texel.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<svg", HtmlUtils.htmlEscape(msg("report.ripple.tree", nl)), "class=\"report-tree\"");
        String tree = page.substring(page.indexOf("class=\"report-tree\""));
        tree = tree.substring(0, tree.indexOf("</section>"));
        assertThat(tree.split("<li", -1).length - 1).as("one item per activity and per effect")
                .isEqualTo(map.activities().size() + map.effects().size());
        assertThat(tree).as("effects are nested under what they grew from").containsPattern("(?s)<li>.*<ul>.*<li>");

        byte[] pdf = mvc.perform(get("/beheer/texel/rapport/{year}.pdf", today().getYear()).with(as("bestuurder@texel.example")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(msg("report.ripple.tree", nl), map.activities().getFirst().title().replaceAll("\\s+", " "));
            for (RippleMap.Effect e : map.effects()) {
                assertThat(text).contains(e.whatChanged().replaceAll("\\s+", " "));
            }
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("still tagged").isNotNull();
        }
    }

    @Test
    void theBoardMemberSeesTheirAccountLinksAndNoWayIntoStaffPages() throws Exception {
        Locale nl = Locale.forLanguageTag("nl");
        String page = mvc.perform(get("/beheer/texel/rapport").with(as("bestuurder@texel.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/beheer/account/wachtwoord\"", "href=\"/beheer/account/tweede-stap\"")
                .doesNotContain(HtmlUtils.htmlEscape(msg("report.back", nl)), "href=\"/beheer/texel\"")
                .doesNotContainPattern("href=\"/beheer/texel/(?!rapport)");
        String staffPage = mvc.perform(get("/beheer/texel/rapport").with(as("coordinator@texel.example")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(staffPage).contains(HtmlUtils.htmlEscape(msg("report.back", nl)))
                .doesNotContain(HtmlUtils.htmlEscape(msg("report.account.heading", nl)));
    }

    @Test
    void theReportAndIndicatorPagesOfThreeYearsOfHistoryNeedAFixedSmallNumberOfQueries() throws Exception {
        long report = PageQueries.fewest(mvc, () -> get("/beheer/texel/rapport").with(as("bestuurder@texel.example")));
        long lastYear = PageQueries.fewest(mvc, () -> get("/beheer/texel/rapport/{year}", today().getYear() - 1)
                .with(as("bestuurder@texel.example")));
        long page = PageQueries.fewest(mvc, () -> get("/beheer/texel/indicatoren").with(as("coordinator@texel.example")));
        QueryCounter.recordSqlOnThisThread();
        mvc.perform(get("/beheer/texel/rapport").with(as("bestuurder@texel.example")));
        List<String> sql = QueryCounter.recordedSql();
        System.out.printf("Report statements: this year %d, last year %d; indicator page %d%n", report, lastYear, page);
        assertThat(report).as(String.join("\n", sql)).isLessThanOrEqualTo(REPORT_STATEMENTS);
        assertThat(lastYear).isLessThanOrEqualTo(REPORT_STATEMENTS);
        assertThat(page).isLessThanOrEqualTo(INDICATOR_STATEMENTS);
        assertThat(sql).as("nothing is read once per quarter").noneMatch(s -> sql.stream().filter(s::equals).count() > 2);
    }

    private CollaborationId id(String slug) {
        return CollaborationId.of(collaborations.findBySlug(slug).orElseThrow().id());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
