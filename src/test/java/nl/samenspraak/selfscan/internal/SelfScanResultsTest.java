package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.knowledge.Theme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** Staff open rounds, read the results with small groups hidden, and take them away as CSV and PDF. */
class SelfScanResultsTest extends IntegrationTest {

    static final String FEEDBACK_THEME = "Laten weten wat er met inbreng gebeurt";

    @Autowired Fixtures fixtures;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired JdbcClient jdbc;

    ScanWorld scans;
    World world;

    @BeforeEach
    void aWorld() {
        scans = new ScanWorld(rounds, responses, jdbc);
        world = fixtures.aCollaborationWithStaff();
    }

    @Test
    void coordinatorOpensARoundWithAnUnguessableLinkAndAllStatements() throws Exception {
        MockHttpServletResponse created = mvc.perform(post("/beheer/{s}/zelfscan", slug()).with(csrf())
                .with(as(world.coordinatorEmail())).param("title", "Zelfscan 2026").param("closesOn", ""))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        ScanRound round = rounds.ofCollaboration(world.collaboration().id()).getFirst().round();
        assertThat(created.getRedirectedUrl()).endsWith("/beheer/" + slug() + "/zelfscan/" + round.id().value());
        assertThat(round.token()).matches("[A-Za-z0-9_-]{22}");
        assertThat(rounds.statementsOf(round)).hasSize(44);

        String page = page(world.viewerEmail(), "/beheer/" + slug() + "/zelfscan/" + round.id().value());
        assertThat(page).contains("Zelfscan 2026", "/zelfscan/" + round.token(), "Papieren versie",
                "Er zijn nog geen uitkomsten", "Dit is de eerste ronde.").doesNotContain("Ronde sluiten");
        assertThat(page(world.coordinatorEmail(), "/beheer/" + slug())).contains("/beheer/" + slug() + "/zelfscan");
    }

    @Test
    void refusesARoundWithoutNameOrWithAWrongLastDayAndStoresNothing() throws Exception {
        Map<String, String[]> cases = Map.of(
                "Geef de ronde een naam.", new String[] {"  ", ""},
                "Deze dag is al voorbij.", new String[] {"Ronde", "2000-01-01"},
                "Vul een datum in", new String[] {"Ronde", "31 februari"},
                "De naam is te lang.", new String[] {"x".repeat(201), ""});
        for (var c : cases.entrySet()) {
            MockHttpServletResponse response = mvc.perform(post("/beheer/{s}/zelfscan", slug()).with(csrf())
                    .with(as(world.coordinatorEmail())).param("title", c.getValue()[0]).param("closesOn", c.getValue()[1]))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(c.getKey()).isEqualTo(422);
            assertThat(response.getContentAsString()).contains(c.getKey(), "aria-invalid=\"true\"");
        }
        assertThat(rounds.ofCollaboration(world.collaboration().id())).isEmpty();
    }

    @Test
    void onlyTheCoordinatorOpensClosesAndReopensRounds() throws Exception {
        assertThat(status(post("/beheer/{s}/zelfscan", slug()).with(csrf()).with(as(world.professionalEmail()))
                .param("title", "Ronde"))).isEqualTo(403);
        assertThat(page(world.viewerEmail(), "/beheer/" + slug() + "/zelfscan")).doesNotContain("Ronde starten");
        ScanRound round = scans.anOpenRound(world, "Najaar");
        String base = "/beheer/" + slug() + "/zelfscan/" + round.id().value();
        assertThat(status(post(base + "/sluiten").with(csrf()).with(as(world.viewerEmail())))).isEqualTo(403);

        assertThat(status(post(base + "/sluiten").with(csrf()).with(as(world.coordinatorEmail())))).isEqualTo(302);
        assertThat(page(world.coordinatorEmail(), base)).contains("Gesloten", "Ronde weer openen");
        assertThat(page(null, "/zelfscan/" + round.token())).contains("Deze zelfscan is gesloten");

        assertThat(status(post(base + "/heropenen").with(csrf()).with(as(world.coordinatorEmail())))).isEqualTo(302);
        assertThat(page(null, "/zelfscan/" + round.token())).contains("Antwoorden versturen");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :r").param("r", round.id().value().toString())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void hidesAGroupBelowFiveAndSaysSo() throws Exception {
        ScanRound round = scans.anOpenRound(world, "Voorjaar");
        scans.respond(round, RespondentGroup.RESIDENT, 5, 2, Map.of(Theme.FEED_BACK, 1));
        scans.respond(round, RespondentGroup.PROFESSIONAL, 4, 5, Map.of());

        String page = page(world.viewerEmail(), "/beheer/" + slug() + "/zelfscan/" + round.id().value());

        assertThat(page).contains("role=\"img\"", "aria-labelledby=\"grafiek-titel grafiek-uitleg\"",
                "Gemiddelde per thema", "Van professionals zijn er minder dan 5 reacties",
                "Professionals: minder dan 5 antwoorden", "Dit kunnen we nog niet zeggen");
        assertThat(page).doesNotContain("5,0").doesNotContain("style=\"");
        assertThat(page).contains("2,0", "1,0");
    }

    @Test
    void namesThePerceptionGapInPlainWords() throws Exception {
        ScanRound round = scans.anOpenRound(world, "Voorjaar");
        scans.respond(round, RespondentGroup.RESIDENT, 5, 4, Map.of(Theme.FEED_BACK, 2, Theme.QUICK_WINS, 5));
        scans.respond(round, RespondentGroup.PROFESSIONAL, 6, 4, Map.of(Theme.QUICK_WINS, 4));

        String page = page(world.viewerEmail(), "/beheer/" + slug() + "/zelfscan/" + round.id().value());

        assertThat(page).contains("Inwoners zijn minder positief dan professionals over “" + FEEDBACK_THEME
                + "”: gemiddeld 2,0 tegen 4,0.");
        assertThat(page).contains("Inwoners zijn positiever dan professionals over “Snelle en zichtbare successen”");
        assertThat(page).contains("Waar kunt u het eerst aan werken?", "Gemiddeld 3,0");
    }

    @Test
    void csvHasALinePerThemeAndGroupWithSmallGroupsLeftEmpty() throws Exception {
        ScanRound round = scans.anOpenRound(world, "=HYPERLINK(\"http://evil.example\")");
        scans.respond(round, RespondentGroup.RESIDENT, 3, 1, Map.of());
        scans.respond(round, RespondentGroup.RESIDENT, 2, 5, Map.of());
        scans.respond(round, RespondentGroup.PROFESSIONAL, 2, 4, Map.of());

        MockHttpServletResponse response = mvc.perform(get("/beheer/{s}/zelfscan/{r}/resultaten.csv", slug(), round.id().value())
                .with(as(world.viewerEmail()))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT result FROM audit_entry WHERE action = 'selfscan.export' AND object_id = :r AND actor = :a")
                .param("r", round.id().value().toString()).param("a", world.viewerEmail()).query(String.class).list())
                .containsExactly("csv");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        List<String> lines = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1 + 44);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFRonde;Themasleutel;Thema;Soort;Groep;Aantal personen;Gemiddeld;"
                + "Spreiding (standaardafwijking);Laagste;Hoogste;Weet ik niet (aantal keer)");
        assertThat(lines).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\";koppel-terug;" + FEEDBACK_THEME
                + ";Voorwaarden voor meedoen;Inwoners;5;2,60;1,96;1,00;5,00;0");
        assertThat(lines).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\";koppel-terug;" + FEEDBACK_THEME
                + ";Voorwaarden voor meedoen;Professionals;minder dan 5;;;;;");
    }

    @Test
    void pdfIsTaggedInTheReadersLanguageAndHoldsTheResults() throws Exception {
        ScanRound round = scans.anOpenRound(world, "Voorjaar <b>&</b>");
        scans.respond(round, RespondentGroup.RESIDENT, 5, 3, Map.of(Theme.FEED_BACK, 1));
        scans.respond(round, RespondentGroup.PROFESSIONAL, 5, 4, Map.of());

        MockHttpServletResponse response = mvc.perform(get("/beheer/{s}/zelfscan/{r}/resultaten.pdf", slug(), round.id().value())
                .with(as(world.viewerEmail()))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Zelfscan: Voorjaar <b>&</b>", world.collaboration().name(), FEEDBACK_THEME,
                    "Alle cijfers van inwoners", "Inwoners zijn minder positief dan professionals", "1,0", "4,0");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nl");
        }
    }

    @Test
    void comparesEachThemeWithEarlierRounds() throws Exception {
        ScanRound first = scans.anOpenRound(world, "Ronde 2025");
        scans.respond(first, RespondentGroup.RESIDENT, 5, 3, Map.of());
        ScanRound second = scans.anOpenRound(world, "Ronde 2026");
        scans.respond(second, RespondentGroup.RESIDENT, 5, 4, Map.of(Theme.FEED_BACK, 2));

        String page = page(world.viewerEmail(), "/beheer/" + slug() + "/zelfscan/" + second.id().value());

        assertThat(page).contains("Vergelijking met eerdere rondes", "Inwoners: eerdere rondes en nu", "Ronde 2025",
                "+1,0", "\u22121,0", "geen cijfer");

        byte[] pdf = mvc.perform(get("/beheer/{s}/zelfscan/{r}/resultaten.pdf", slug(), second.id().value())
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Inwoners: eerdere rondes en nu", "Ronde 2025", "+1,0", "\u22121,0");
        }
    }

    @Test
    void professionalsTypeInPaperFormsViewersOnlyPrintThem() throws Exception {
        ScanRound round = scans.anOpenRound(world, "Voorjaar");
        String paper = "/beheer/" + slug() + "/zelfscan/" + round.id().value() + "/papier";
        assertThat(page(world.viewerEmail(), paper)).contains("U kunt deze pagina printen").doesNotContain("Antwoorden opslaan");
        Map<String, List<String>> form = ScanWorld.filledForm(rounds.statementsOf(round), "RESIDENT", "5");

        assertThat(submit(paper, world.viewerEmail(), form).getStatus()).isEqualTo(403);
        form.remove(AnswerForm.GROUP);
        MockHttpServletResponse missing = submit(paper, world.professionalEmail(), form);
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat(missing.getContentAsString()).contains("Kies of u inwoner of professional bent.");
        assertThat(scans.responsesOf(round)).isZero();

        form.put(AnswerForm.GROUP, List.of("RESIDENT"));
        MockHttpServletResponse saved = submit(paper, world.professionalEmail(), form);
        assertThat(saved.getRedirectedUrl()).endsWith(paper + "?opgeslagen");
        assertThat(jdbc.sql("SELECT channel FROM scan_response WHERE round_id = :r").param("r", round.id().value())
                .query(String.class).single()).isEqualTo("PAPER");
    }

    @Test
    void staffOfAnotherCollaborationFindNoRound() throws Exception {
        ScanRound round = scans.anOpenRound(world, "Voorjaar");
        World other = fixtures.aCollaborationWithStaff();
        String otherSlug = other.collaboration().slug();
        for (String path : List.of("", "/resultaten.csv", "/resultaten.pdf", "/papier")) {
            assertThat(status(get("/beheer/{s}/zelfscan/{r}" + path, otherSlug, round.id().value()).with(as(other.coordinatorEmail()))))
                    .as(path).isEqualTo(404);
            assertThat(status(get("/beheer/{s}/zelfscan/{r}" + path, slug(), round.id().value()).with(as(other.coordinatorEmail()))))
                    .as(path).isEqualTo(404);
        }
        assertThat(status(post("/beheer/{s}/zelfscan/{r}/sluiten", otherSlug, round.id().value()).with(csrf())
                .with(as(other.coordinatorEmail())))).isEqualTo(404);
        assertThat(rounds.find(world.collaboration().id(), round.id()).orElseThrow().closedAt()).isNull();
        assertThat(page(other.coordinatorEmail(), "/beheer/" + otherSlug + "/zelfscan")).doesNotContain("Voorjaar");
        assertThat(status(get("/beheer/{s}/zelfscan/{r}", slug(), "geen-uuid").with(as(world.coordinatorEmail()))))
                .isEqualTo(404);
    }

    private String slug() {
        return world.collaboration().slug();
    }

    private String page(String email, String path) throws Exception {
        var request = get(path);
        if (email != null) {
            request.with(as(email));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse submit(String path, String email, Map<String, List<String>> form) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf()).with(as(email));
        form.forEach((k, v) -> request.param(k, v.toArray(String[]::new)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
