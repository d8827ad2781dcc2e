package nl.samenspraak.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.QueryCounter;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.process.Processes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data as anyone downloads it, without an account: what is in the files, what never is (names, contact
 * details, follow codes, unpublished input), and that a spreadsheet opens the CSV safely.
 */
class OpenDataTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NAME = "Hendrika Zwanenburg";
    private static final String EMAIL = "hendrika.zwanenburg@example.org";
    private static final String PHONE = "0612345678";
    private static final String ADDRESS = "Dijkweg 12, 1791 AB Den Burg";

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired Collaborations collaborations;
    @Autowired Processes processes;

    @Test
    void inputsCsvIsUtf8WithBomQuotedAsRfc4180AndDefusesFormulas() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        List<String> texts = List.of("=HYPERLINK(\"http://example.org\",\"klik\")", "+31 6 in een cel", "-2+3",
                "@SUM(A1)", "Een komma, \"aanhalingstekens\" en\neen tweede regel",
                "Crème brûlée in het café", "שלום עליכם, מה שלומך");
        for (String text : texts) {
            intake.receiveOnline(process, text, true, Author.anonymous());
        }

        MockHttpServletResponse response = download("/open-data/processes/" + process + "/inputs.csv");

        assertThat(response.getContentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(csv).contains("\r\n");
        List<List<String>> rows = parse(csv);
        assertThat(rows.getFirst()).containsExactly("id", "process", "receivedOn", "channel", "text", "status",
                "answer", "answeredOn", "answerDue", "answeredOnTime", "decisions");
        List<String> cells = rows.stream().skip(1).map(r -> r.get(4)).toList();
        assertThat(cells).containsExactlyInAnyOrder("'=HYPERLINK(\"http://example.org\",\"klik\")",
                "'+31 6 in een cel", "'-2+3", "'@SUM(A1)",
                "Een komma, \"aanhalingstekens\" en\neen tweede regel", "Crème brûlée in het café",
                "שלום עליכם, מה שלומך");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(11));
    }

    @Test
    void noNameContactDetailOrFollowCodeAppearsAndUnpublishedInputIsLeftOut() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        Author author = new Author(NAME, EMAIL, ADDRESS, PHONE, ContactBy.EMAIL, true);
        var published = intake.receiveOnline(process, "Meer bankjes langs de dijk", true, author);
        var secret = intake.receiveOnline(process, "Mijn buurman is ziek, dit is alleen voor u", false, author);
        feedback.answer(c, published.id(), FeedbackStatus.ADOPTED,
                "Beste mevrouw Zwanenburg, er komen drie bankjes langs de dijk.\n\nMet vriendelijke groet,\nAnna de Vries",
                world.coordinatorId(), "test");
        DecisionId decision = decisions.record(c, process, new NewDecision("Drie bankjes", "Er komen drie bankjes.",
                "college van B&W", today(), "Veel mensen vroegen erom.", List.of(published.id(), secret.id())),
                world.coordinatorId(), "test");

        List<String> bodies = new ArrayList<>();
        for (String path : List.of("/open-data/processes/" + process + "/inputs.json",
                "/open-data/processes/" + process + "/inputs.csv", "/open-data/processes/" + process + "/decisions.json",
                "/open-data/processes/" + process + "/decisions.csv",
                "/open-data/collaborations/" + world.collaboration().slug() + "/processes.json",
                "/open-data/collaborations/" + world.collaboration().slug() + "/processes.csv", "/open-data")) {
            bodies.add(download(path).getContentAsString(StandardCharsets.UTF_8));
        }
        for (String body : bodies) {
            assertThat(body).doesNotContain("Zwanenburg", "Hendrika", EMAIL, PHONE, "06-12345678", "Dijkweg",
                    "Anna de Vries", published.followCode().display(), secret.followCode().display(),
                    published.followCode().toString(), "Mijn buurman is ziek", secret.id().toString());
        }
        JsonNode inputs = JSON.readTree(bodies.getFirst());
        assertThat(inputs.get("inputs")).hasSize(1);
        JsonNode input = inputs.get("inputs").get(0);
        assertThat(input.get("id").asString()).isEqualTo(published.id().toString());
        assertThat(input.get("text").asString()).isEqualTo("Meer bankjes langs de dijk");
        assertThat(input.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(input.get("answer").asString()).isEqualTo("Er komen drie bankjes langs de dijk.");
        assertThat(input.get("answeredOnTime").asBoolean()).isTrue();
        assertThat(input.get("decisions").get(0).get("id").asString()).isEqualTo(decision.value().toString());
        assertThat(input.get("decisions").get(0).get("state").asString()).isEqualTo("PLANNED");
        assertThat(input.has("followCode")).isFalse();
        assertThat(input.has("contactBy")).isFalse();
        assertThat(inputs.get("figures").get("inputs").asInt()).isEqualTo(2);
        assertThat(inputs.get("figures").get("answered").asInt()).isEqualTo(1);
        assertThat(inputs.get("figures").get("onTimePercent").asInt()).isEqualTo(100);
    }

    @Test
    void decisionsCarryTheirStateAndDatedUpdatesAndEveryFileNamesTheLicence() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        LocalDate today = today();
        DecisionId id = decisions.record(c, process, new NewDecision("Een wandelclub", "Er komt een wandelclub.",
                "de wethouder", today.minusDays(5), "Veel ideeën gingen over bewegen.", List.of()),
                world.coordinatorId(), "test");
        decisions.update(c, id, DecisionState.DELAYED, "De vrijwilligers beginnen later.", today,
                world.coordinatorId(), "test");

        JsonNode json = JSON.readTree(download("/open-data/processes/" + process + "/decisions.json")
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(json.get("dataset").asString()).isEqualTo("decisions");
        assertThat(json.get("licence").get("name").asString()).isEqualTo("CC BY 4.0");
        assertThat(json.get("licence").get("url").asString()).isEqualTo(OpenDataLicence.CC_BY_4_0.url());
        assertThat(json.get("process").get("id").asString()).isEqualTo(process.toString());
        JsonNode decision = json.get("decisions").get(0);
        assertThat(decision.get("title").asString()).isEqualTo("Een wandelclub");
        assertThat(decision.get("state").asString()).isEqualTo("DELAYED");
        assertThat(decision.get("decidedOn").asString()).isEqualTo(today.minusDays(5).toString());
        assertThat(decision.get("lastChangedOn").asString()).isEqualTo(today.toString());
        assertThat(decision.get("updates").get(0).get("text").asString()).isEqualTo("De vrijwilligers beginnen later.");
        List<List<String>> csv = parse(download("/open-data/processes/" + process + "/decisions.csv")
                .getContentAsString(StandardCharsets.UTF_8).substring(1));
        assertThat(csv.get(1).get(csv.getFirst().indexOf("state"))).isEqualTo("DELAYED");

        collaborations.setLicence(c, OpenDataLicence.CC0_1_0, "test");
        for (String path : List.of("/open-data/processes/" + process + "/decisions.json",
                "/open-data/processes/" + process + "/inputs.json",
                "/open-data/collaborations/" + world.collaboration().slug() + "/processes.json")) {
            MockHttpServletResponse response = download(path);
            assertThat(JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("licence").get("id")
                    .asString()).as(path).isEqualTo("CC0_1_0");
            assertThat(response.getHeader("Link")).contains("publicdomain/zero/1.0", "rel=\"license\"");
        }
        assertThat(download("/open-data").getContentAsString(StandardCharsets.UTF_8))
                .contains(world.collaboration().name(), "CC0 1.0");
    }

    @Test
    void processesOfACollaborationCarryTheOnTimeFiguresOfTheDashboard() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var answered = intake.receiveOnline(process, "Een idee", true, Author.anonymous());
        intake.receiveOnline(process, "Nog een idee", false, Author.anonymous());
        feedback.answer(c, answered.id(), FeedbackStatus.PARTLY_ADOPTED, "Een deel doen we.", world.coordinatorId(),
                "test");

        JsonNode json = JSON.readTree(download("/open-data/collaborations/" + world.collaboration().slug()
                + "/processes.json").getContentAsString(StandardCharsets.UTF_8));

        assertThat(json.get("collaboration").get("name").asString()).isEqualTo(world.collaboration().name());
        JsonNode row = json.get("processes").get(0);
        assertThat(row.get("id").asString()).isEqualTo(process.toString());
        assertThat(row.get("title").asString()).isEqualTo("Eenzaamheid in de wijk");
        assertThat(row.get("inputs").asInt()).isEqualTo(2);
        assertThat(row.get("answered").asInt()).isEqualTo(1);
        assertThat(row.get("answeredOnTime").asInt()).isEqualTo(1);
        assertThat(row.get("onTimePercent").asInt()).isEqualTo(100);
        assertThat(row.get("openForInput").asBoolean()).isTrue();
        assertThat(row.get("phases").get(0).get("name").asString()).isEqualTo("Ideeën ophalen");
        assertThat(row.get("themes").get(0).asString()).isEqualTo("eenzaamheid");
        List<List<String>> csv = parse(download("/open-data/collaborations/" + world.collaboration().slug()
                + "/processes.csv").getContentAsString(StandardCharsets.UTF_8).substring(1));
        assertThat(csv.get(1).get(csv.getFirst().indexOf("onTimePercent"))).isEqualTo("100");
        assertThat(csv.get(1).get(csv.getFirst().indexOf("phases"))).startsWith("Ideeën ophalen – ");
    }

    @Test
    void unknownProcessOrCollaborationAnswers404() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        for (String path : List.of("/open-data/processes/" + UUID.randomUUID() + "/inputs.json",
                "/open-data/processes/" + UUID.randomUUID() + "/inputs.csv",
                "/open-data/processes/" + UUID.randomUUID() + "/decisions.json",
                "/open-data/processes/not-a-uuid/inputs.csv",
                "/open-data/processes/" + UUID.randomUUID() + "x/decisions.csv",
                "/open-data/collaborations/" + world.collaboration().slug() + "-niet/processes.json",
                "/open-data/collaborations/" + world.collaboration().id() + "/processes.csv")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
    }

    @Test
    void hostileTitlesAreEscapedOnTheOverviewAndInTheJson() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String script = "<script>alert('x')</script>\u202Eevil";
        UUID process = processes.create(world.collaboration().id(), Fixtures.aProcessDraft(script), "test");
        intake.receiveOnline(process, "\"}]} <img src=x onerror=alert(1)> " + "x".repeat(9_000), true,
                Author.anonymous());

        String page = download("/open-data").getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert('x')</script>").contains("&lt;script&gt;");
        JsonNode json = JSON.readTree(download("/open-data/processes/" + process + "/inputs.json")
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(json.get("process").get("title").asString()).isEqualTo(script);
        assertThat(json.get("inputs").get(0).get("text").asString()).startsWith("\"}]} <img src=x onerror=alert(1)>");
    }

    @Test
    void manyInputsAreReadInKeysetPagesAllThereNewestFirst() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        int count = 230;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(intake.receiveOnline(process, "Idee nummer " + i, true, Author.anonymous()).id().toString());
        }

        long before = QueryCounter.statementsOnThisThread();
        JsonNode json = JSON.readTree(download("/open-data/processes/" + process + "/inputs.json")
                .getContentAsString(StandardCharsets.UTF_8));
        long used = QueryCounter.statementsOnThisThread() - before;

        List<String> shown = new ArrayList<>();
        json.get("inputs").forEach(n -> shown.add(n.get("id").asString()));
        assertThat(shown).hasSize(count).doesNotHaveDuplicates();
        assertThat(shown).containsExactlyElementsOf(ids.reversed());
        // Three pages of inputs, each with one query for its decisions, plus the process, collaboration,
        // licence and figures: a handful, not one per input.
        assertThat(used).isLessThan(20);
    }

    private MockHttpServletResponse download(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    /** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
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
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        assertThat(cell).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
