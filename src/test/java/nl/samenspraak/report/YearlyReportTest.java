package nl.samenspraak.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.PageQueries;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The yearly report as a board member reads it: the year's decisions and zelfscan in Dutch and English, as a page,
 * a tagged PDF and a CSV that parses, and never a resident's name or e-mail address, although both are there.
 */
class YearlyReportTest extends IntegrationTest {

    private static final String RESIDENT_NAME = "Hendrikje Geheimzinnig";
    private static final String RESIDENT_MAIL = "hendrikje.geheim@verborgen.example";
    private static final String OTHER_NAME = "Wubbo Onbekendhuis";
    private static final String OTHER_MAIL = "wubbo@verborgen.example";

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;
    @Autowired Residents residents;
    @Autowired MessageSource messages;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired nl.samenspraak.roles.CollaborationRoles roles;
    @Autowired nl.samenspraak.platform.Dates dates;

    private World world;
    private String board;
    private String slug;

    @BeforeEach
    void aCollaborationWithResidentsDecisionsAndAZelfscan() throws Exception {
        world = fixtures.aCollaborationWithStaff();
        board = fixtures.aBoardMember(world);
        slug = world.collaboration().slug();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID input = intake.capture(c, process, new NewInput("Meer bankjes langs de dijk", Channel.PHONE,
                today().minusDays(3), true, new Author(RESIDENT_NAME, RESIDENT_MAIL, "Dijkweg 1, 1795 AA Oosterend",
                "0612345678", ContactBy.EMAIL, true), world.coordinatorId())).id();
        UUID holder = residents.register(c, new ResidentDetails(OTHER_NAME, OTHER_MAIL, null, "Dorpsstraat 2, 1795 AB Oosterend",
                ContactChannel.EMAIL, "nl"));
        // The other resident holds a role (since last year), so the roles section has a name it must not show.
        nl.samenspraak.roles.RolesRoleCases.aResidentHolder(mvc, jdbc, slug, c, holder, as(world.coordinatorEmail()),
                today().minusYears(1));
        var taken = decisions.record(c, process, new NewDecision("Bankjes langs de dijk", "Er komen zes bankjes.",
                "Het college", today(), null, List.of(input)), world.coordinatorId(), "test");
        decisions.update(c, taken, DecisionState.IN_PROGRESS, "De eerste twee staan er.", today(), world.coordinatorId(), "test");
        decisions.record(c, process, new NewDecision("Een oud besluit", "Van vorig jaar.", "Het bestuur",
                today().minusYears(1), null, List.of()), world.coordinatorId(), "test");
        mvc.perform(post("/beheer/{slug}/zelfscan", slug).param("title", "Zelfscan van het voorjaar")
                .with(as(world.coordinatorEmail())).with(csrf()));
    }

    @Test
    void aBoardMemberReadsThisYearsDecisionsAndZelfscanInDutchAndEnglish() throws Exception {
        String dutch = page("/beheer/{slug}/rapport", board, Locale.forLanguageTag("nl"));
        assertThat(dutch).contains(html("report.title", Locale.forLanguageTag("nl"), today().getYear(), world.collaboration().name()),
                "Bankjes langs de dijk", "Het college", html("decision.state.IN_PROGRESS", Locale.forLanguageTag("nl")),
                "Zelfscan van het voorjaar", html("report.selfScan.hidden", Locale.forLanguageTag("nl")),
                html("report.vision.none", Locale.forLanguageTag("nl")))
                .as("a decision of last year is in last year's report").doesNotContain("Een oud besluit");

        String english = page("/beheer/{slug}/rapport?lang=en", board, Locale.ENGLISH);
        assertThat(english).contains(html("report.title", Locale.ENGLISH, today().getYear(), world.collaboration().name()),
                html("report.decisions.heading", Locale.ENGLISH), html("decision.state.IN_PROGRESS", Locale.ENGLISH),
                html("report.selfScan.heading", Locale.ENGLISH));

        String lastYear = page("/beheer/{slug}/rapport/" + today().minusYears(1).getYear(), board, Locale.forLanguageTag("nl"));
        assertThat(lastYear).contains("Een oud besluit", "Het bestuur").doesNotContain("Bankjes langs de dijk", "Zelfscan van het voorjaar");
    }

    @Test
    void theVisionAsPublishedShowsWithItsVersionAndHowManyContributedButNoNames() throws Exception {
        mvc.perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "Wij vragen inwoners om hun mening."));
        mvc.perform(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail())));
        mvc.perform(post("/beheer/{slug}/visie/concept", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("visionText", "Wij vragen inwoners om hun mening, ook in de avond."));
        mvc.perform(post("/beheer/{slug}/visie/publiceren", slug).with(csrf()).with(as(world.coordinatorEmail()))
                .param("changeNote", "Ook in de avond."));

        Locale nl = Locale.forLanguageTag("nl");
        String page = page("/beheer/{slug}/rapport", board, nl);
        assertThat(page).contains("Wij vragen inwoners om hun mening, ook in de avond.",
                        html("report.vision.published", nl, 2, dates.date(today(), nl), 2))
                .doesNotContain(html("report.vision.none", nl));
        List<List<String>> csv = parse(mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear()).with(as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv).contains(List.of(msg("report.csv.section.vision", nl), msg("report.vision.version", nl, 2),
                msg("report.csv.text", nl), "Wij vragen inwoners om hun mening, ook in de avond.", today().toString()));
        assertThat(page("/beheer/{slug}/rapport/" + (today().getYear() - 1), board, nl))
                .as("last year had no vision yet").contains(html("report.vision.none", nl));
    }

    @Test
    void theRolesShowHowManyHeldThemWithoutWho() throws Exception {
        Locale nl = Locale.forLanguageTag("nl");
        org.springframework.context.i18n.LocaleContextHolder.setLocale(nl); // the role's standard name as a Dutch page shows it
        String roleName;
        try {
            roleName = roles.catalogue(new nl.samenspraak.collaboration.CollaborationId(world.collaboration().id())).stream()
                    .filter(r -> r.kind().equals("RESIDENT_MEMBER")).findFirst().orElseThrow().name();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
        }
        List<List<String>> csv = parse(mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear()).with(as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv).contains(List.of(msg("report.csv.section.roles", nl), roleName, msg("report.roles.residents", nl), "1",
                today().toString()));
        assertThat(csv).contains(List.of(msg("report.csv.section.roles", nl), "", msg("report.csv.started", nl), "0", ""));
        List<List<String>> lastYear = parse(mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear() - 1)
                .with(as(board))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(lastYear).contains(List.of(msg("report.csv.section.roles", nl), "", msg("report.csv.started", nl), "1", ""));
        assertThat(page("/beheer/{slug}/rapport", board, nl)).contains(html("report.roles.heading", nl), HtmlUtils.htmlEscape(roleName))
                .doesNotContain(OTHER_NAME);
    }

    @Test
    void anchoringIndicatorsAndTheRippleMapAreInTheReportWithoutWhoTookPartOrTold() throws Exception {
        nl.samenspraak.ripple.RippleCases.of(context, world.collaboration().id(), fixtures.aProcess(world), today());
        Locale nl = Locale.forLanguageTag("nl");
        String page = page("/beheer/{slug}/rapport", board, nl);
        assertThat(page).contains(html("report.anchoring.heading", nl), html("report.indicators.heading", nl),
                html("report.ripple.heading", nl), "Buren kennen elkaar", "de wijk", "<svg",
                html("monitoring.indicator.answersOnTime.title", nl), html("anchoring.strategy.FINANCIAL", nl))
                .doesNotContain("Marieke Smit").doesNotContain("Bram");
        List<List<String>> csv = parse(mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear()).with(as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(csv).contains(List.of(msg("report.csv.section.ripple", nl), "Buren kennen elkaar", msg("report.ripple.forWhom", nl),
                "de wijk", today().toString()));
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith(msg("report.csv.section.anchoring", nl),
                msg("anchoring.strategy.FINANCIAL", nl)));
        assertThat(csv).anySatisfy(row -> assertThat(row).startsWith(msg("report.csv.section.indicators", nl),
                msg("monitoring.indicator.answersOnTime.title", nl)));
        assertThat(csv.toString()).doesNotContain("Marieke Smit").doesNotContain("Bram");
        assertThat(page("/beheer/{slug}/rapport/" + (today().getYear() - 1), board, nl)).as("the drawing is today's map")
                .doesNotContain("<svg").doesNotContain("Buren kennen elkaar");
    }

    @Test
    void thePdfIsTaggedWithTitleAndLanguageAndHoldsTheSameReport() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/beheer/{slug}/rapport/{year}.pdf", slug, today().getYear())
                .with(as(board))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(world.collaboration().name(), "Bankjes langs de dijk", "Zelfscan van het voorjaar");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged (PDF/UA)").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo(messages.getMessage("report.title", new Object[] {today().getYear(), world.collaboration().name()},
                            Locale.forLanguageTag("nl")));
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
        byte[] english = mvc.perform(get("/beheer/{slug}/rapport/{year}.pdf?lang=en", slug, today().getYear())
                .with(as(board))).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(english)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(document)).contains(messages.getMessage("report.decisions.heading", null, Locale.ENGLISH));
        }
    }

    @Test
    void theCsvParsesIntoRowsOfFiveWithTheSectionFirst() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear())
                .with(as(board))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        List<List<String>> rows = parse(response.getContentAsString(StandardCharsets.UTF_8));
        Locale nl = Locale.forLanguageTag("nl");
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(5));
        assertThat(rows.getFirst()).containsExactly(msg("report.csv.section", nl), msg("report.csv.subject", nl),
                msg("report.csv.measure", nl), msg("report.csv.value", nl), msg("report.csv.date", nl));
        assertThat(rows).contains(List.of(msg("report.csv.section.decisions", nl), "Bankjes langs de dijk",
                msg("report.csv.state", nl), msg("decision.state.IN_PROGRESS", nl), today().toString()));
        assertThat(rows).contains(List.of(msg("report.csv.section.decisions", nl), msg("decision.state.IN_PROGRESS", nl),
                msg("report.csv.count", nl), "1", ""));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(msg("report.csv.section.selfScan", nl), "Zelfscan van het voorjaar"));
    }

    @Test
    void noFormOfTheReportHoldsAResidentsNameOrEmailAddress() throws Exception {
        String page = page("/beheer/{slug}/rapport", world.coordinatorEmail(), Locale.forLanguageTag("nl"));
        String csv = mvc.perform(get("/beheer/{slug}/rapport/{year}.csv", slug, today().getYear()).with(as(board)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String pdf;
        try (PDDocument document = Loader.loadPDF(mvc.perform(get("/beheer/{slug}/rapport/{year}.pdf", slug, today().getYear())
                .with(as(board))).andReturn().getResponse().getContentAsByteArray())) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(page).as("proof the data is there to leak").contains("Bankjes langs de dijk");
        for (String form : List.of(page, csv, pdf)) {
            assertThat(form).doesNotContain(RESIDENT_NAME, "Hendrikje", RESIDENT_MAIL, "0612345678", "Dijkweg 1",
                    OTHER_NAME, OTHER_MAIL, "Dorpsstraat 2");
        }
    }

    @Test
    void aBoardMemberLandsOnTheReportAndReachesNothingElse() throws Exception {
        assertThat(mvc.perform(get("/beheer").with(as(board))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/beheer/" + slug + "/rapport");
        for (String refused : List.of("/beheer/" + slug, "/beheer/" + slug + "/zelfscan", "/beheer/" + slug + "/inwoners",
                "/beheer/" + slug + "/bijeenkomsten")) {
            assertThat(mvc.perform(get(refused).with(as(board))).andReturn().getResponse().getStatus()).as(refused).isEqualTo(403);
        }
        World other = fixtures.aCollaborationWithStaff();
        assertThat(status("/beheer/" + other.collaboration().slug() + "/rapport", board)).isEqualTo(404);
        assertThat(status("/beheer/" + slug + "/rapport", other.coordinatorEmail())).isEqualTo(404);
    }

    @Test
    void aYearThatIsNotThereAnswersNotFound() throws Exception {
        for (String year : List.of(String.valueOf(today().getYear() + 1), "1999", "twee", "20255", "-2025", "0000")) {
            assertThat(status("/beheer/" + slug + "/rapport/" + year, board)).as(year).isEqualTo(404);
            assertThat(status("/beheer/" + slug + "/rapport/" + year + ".pdf", board)).as(year + ".pdf").isEqualTo(404);
            assertThat(status("/beheer/" + slug + "/rapport/" + year + ".csv", board)).as(year + ".csv").isEqualTo(404);
        }
    }

    @Test
    void theReportNeedsAFixedNumberOfQueriesHoweverManyDecisions() throws Exception {
        long few = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/rapport", slug).with(as(board)));
        UUID process = fixtures.aProcess(world);
        for (int i = 0; i < 15; i++) {
            decisions.record(world.collaboration().id(), process, new NewDecision("Besluit " + i, "Tekst.", "Het college",
                    today().minusDays(i % 3), null, List.of()), world.coordinatorId(), "test");
        }
        mvc.perform(post("/beheer/{slug}/zelfscan", slug).param("title", "Zelfscan van het najaar")
                .with(as(world.coordinatorEmail())).with(csrf()));
        long many = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/rapport", slug).with(as(board)));
        // About four queries per section (eight modules' APIs, each a fixed number), never one per row.
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(40);
    }

    private String page(String path, String email, Locale locale) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path, slug).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email))).andReturn().getResponse().getStatus();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String html(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(msg(key, locale, args));
    }

    /** RFC 4180: quoted cells with doubled quotes and line breaks; the byte order mark first. */
    static List<List<String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        assertThat(quoted).as("a quote left open").isFalse();
        assertThat(cell).as("the last row ends with CRLF").isEmpty();
        return rows;
    }
}
