package nl.samenspraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Endpoints.Endpoint;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Walks every request mapping of the app and proves, endpoint by endpoint, that staff of
 * collaboration B can neither read nor change collaboration A's data: not through A's
 * slug, and not by putting A's ids under B's own slug or B's API token. A new endpoint
 * with a path variable this test does not know makes it fail, so nothing slips through.
 */
class IsolationTest extends IntegrationTest {

    private static final Pattern VARIABLE = Endpoints.VARIABLE;
    private static final List<String> PROCESS_KEYS = List.of("trajecten/{id}", "trajecten/{processId}",
            "processes/{id}", "processes/{processId}", "{processId}");
    /** The API's login, and the plain-language check that touches no collaboration's data (LanguageCheckApiTest). */
    private static final Set<String> OPEN_ENDPOINTS = Set.of("POST /api/v1/tokens", "POST /api/v1/language/check");
    /** Path variables of modules that add their own objects of A (module -> variable -> id). */
    private static final Map<String, String> MODULE_OBJECTS = new LinkedHashMap<>();
    /** A path variable that names no object of A: the year of a report. B reading its own report of that year is fine. */
    private static final String YEAR = "{year}";

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired Residents residents;
    @Autowired ResidentMessages messages;

    /** What collaboration A owns, as the values its path variables take. */
    record Objects(UUID process, UUID openInput, UUID answeredInput, UUID letterBatch, UUID callNotification,
                   UUID lesson, UUID claim, UUID paymentBatch, UUID resident, UUID populationArea,
                   UUID residentMessage, UUID scanRound) {}

    @Test
    void staffOfAnotherCollaborationCanNeitherReadNorChangeAnythingThroughAnyEndpoint() throws Exception {
        World a = fixtures.aCollaborationWithStaff();
        World b = fixtures.aCollaborationWithStaff();
        Objects objects = objectsOf(a, mvc);
        UUID processOfB = fixtures.aProcess(b);
        String tokenOfB = tokens.issue(b.coordinatorId(), b.collaboration().slug()).orElseThrow().token();
        String tokenOfA = tokens.issue(a.coordinatorId(), a.collaboration().slug()).orElseThrow().token();

        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("endpoints under /beheer/{slug} and /api/v1")
                .anyMatch(e -> e.pattern().startsWith("/beheer/{slug}"))
                .anyMatch(Endpoint::api);
        List<String> unknown = endpoints.stream().filter(e -> expand(e.pattern(), a, objects, a) == null)
                .map(e -> "add an isolation case for " + e).toList();
        assertThat(unknown).as("endpoints with path variables this test cannot fill").isEmpty();

        String before = snapshotWhenQuiet(a);
        List<String> leaks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            // B through A's slug (or B's token with A's ids), and B through its own slug with A's ids.
            boolean objectVariables = VARIABLE.matcher(endpoint.pattern().replace("{slug}", "")
                    .replace(YEAR, "")).find();
            for (World slugOwner : endpoint.api() || !objectVariables ? List.of(a) : List.of(a, b)) {
                String uri = expand(endpoint.pattern(), a, objects, slugOwner);
                var response = mvc.perform(request(endpoint, uri, objects).with(endpoint.api()
                        ? r -> bearer(r, tokenOfB) : as(b.coordinatorEmail())))
                        .andReturn().getResponse();
                int status = response.getStatus();
                if (endpoint.api() && !objectVariables) {
                    // B's token on a list or create of its own: it works, but must show nothing of A.
                    String body = response.getContentAsString();
                    List<String> seen = tracesOf(a, objects).stream().filter(body::contains).toList();
                    if (status >= 500 || !seen.isEmpty()) {
                        leaks.add(endpoint + " answered " + status + " to B's token and showed A's " + seen);
                    }
                } else if (status != 404 && status != 403) {
                    leaks.add(endpoint + " as " + uri + " answered " + status + " to staff of another collaboration");
                }
            }
        }
        // A's ids smuggled in the body of a change to B's own process (answer these inputs together).
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method() == RequestMethod.GET || !onlyProcessVariable(endpoint.pattern())) {
                continue;
            }
            String uri = expand(endpoint.pattern(), a, new Objects(processOfB, null, null, null, null, null, null, null, null, null, null, null), b);
            var response = mvc.perform(request(endpoint, uri, objects).with(endpoint.api()
                    ? r -> bearer(r, tokenOfB) : as(b.coordinatorEmail())))
                    .andReturn().getResponse();
            List<String> seen = tracesOf(a, objects).stream().filter(response.getContentAsString()::contains).toList();
            if (response.getStatus() >= 500 || !seen.isEmpty()) {
                leaks.add(endpoint + " on B's own process with A's ids in the body answered " + response.getStatus()
                        + (seen.isEmpty() ? "" : " and showed A's " + seen));
            }
        }
        assertThat(leaks).as("requests of collaboration B on A's data").isEmpty();
        assertThat(snapshotWhenQuiet(a)).as("A's data after B's requests").isEqualTo(before);

        List<String> control = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.method() != RequestMethod.GET) {
                continue;
            }
            String uri = expand(endpoint.pattern(), a, objects, a);
            int status = mvc.perform(request(endpoint, uri, objects).with(endpoint.api()
                    ? r -> bearer(r, tokenOfA) : as(a.coordinatorEmail())))
                    .andReturn().getResponse().getStatus();
            if (status >= 400) {
                control.add(endpoint + " as " + uri + " answered " + status + " to A's own coordinator");
            }
        }
        assertThat(control).as("the same reads by A's own coordinator must work, or this test proves nothing").isEmpty();
    }

    /** One of everything A can have: a process, open and answered inputs, a printed letter, a call to make. */
    private Objects objectsOf(World a, MockMvc mvc) throws Exception {
        UUID c = a.collaboration().id();
        UUID process = fixtures.aProcess(a);
        UUID open = intake.capture(c, process, new NewInput("Een buurtkamer in de bieb", Channel.PHONE,
                today().minusDays(20), true,
                new Author("Ans", "ans@example.org", null, null, ContactBy.EMAIL, true), a.coordinatorId())).id();
        UUID letter = intake.capture(c, process, new NewInput("Meer bankjes", Channel.PAPER, today().minusDays(5),
                true, new Author("Kees", null, "Dorpsstraat 1, 1234 AB Dorp", null, ContactBy.POST, true),
                a.coordinatorId())).id();
        UUID call = intake.capture(c, process, new NewInput("Een wandelgroep", Channel.MEETING, today().minusDays(5),
                false, new Author("Mo", null, null, "0612345678", ContactBy.PHONE, true), a.coordinatorId())).id();
        feedback.answer(c, letter, FeedbackStatus.ADOPTED, "Er komen bankjes.", a.coordinatorId(), "test");
        feedback.answer(c, call, FeedbackStatus.PARTLY_ADOPTED, "Er komt een groep op dinsdag.", a.coordinatorId(), "test");
        for (int i = 0; i < 100 && notifications(c, "PHONE") + notifications(c, "POST") < 2; i++) {
            Thread.sleep(100); // the notifications are made after the answer's commit
        }
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/brieven", a.collaboration().slug())
                .with(as(a.coordinatorEmail())).with(csrf()));
        UUID batch = jdbc.sql("SELECT id FROM letter_batch WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        UUID toCall = jdbc.sql("SELECT id FROM notification WHERE collaboration_id = :c AND channel = 'PHONE'")
                .param("c", c).query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/lessen/nieuw", a.collaboration().slug()).param("title", "Koffie aan huis")
                .param("tried", "Langsgaan").param("forWhom", "Ouderen").param("happened", "Het werkte")
                .param("plainLanguageConfirmed", "true") // the fixture's words may be above B1 for the checker
                .with(as(a.coordinatorEmail())).with(csrf()));
        UUID lesson = jdbc.sql("SELECT id FROM knowledge_lesson WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        UUID[] paid = nl.samenspraak.reimbursement.ReimbursementFixtures.aPaidClaimWithReceipt(context, c, a.coordinatorEmail());
        MODULE_OBJECTS.putAll(nl.samenspraak.pool.PoolIsolationCases.objectsOf(context, c, a.coordinatorId()));
        String decision = decisions.record(c, process, new NewDecision("Een buurtkamer", "Er komt een buurtkamer.",
                "Het college", today(), null, List.of(open, letter)), a.coordinatorId(), "test").value().toString();
        MODULE_OBJECTS.put("besluiten/{decisionId}", decision);
        MODULE_OBJECTS.put("decisions/{id}", decision);
        MODULE_OBJECTS.putAll(nl.samenspraak.meeting.MeetingIsolationCases.of(context, a, process));
        MODULE_OBJECTS.putAll(nl.samenspraak.anchoring.AnchoringRoleCases.anEvidenceWithDocument(context, c));
        MODULE_OBJECTS.putAll(nl.samenspraak.ripple.RippleCases.of(context, c, process, today()));
        UUID resident = residents.register(c, new ResidentDetails("Ria", null, "0612345678", null, ContactChannel.PHONE, "nl"));
        messages.send(c, resident, "Uitnodiging", "Wilt u komen?", null);
        UUID message = jdbc.sql("SELECT id FROM resident_message WHERE resident_id = :r").param("r", resident)
                .query(UUID.class).single();
        MODULE_OBJECTS.putAll(nl.samenspraak.roles.RolesRoleCases.aResidentHolder(mvc, jdbc, a.collaboration().slug(), c,
                resident, as(a.coordinatorEmail()), today().minusYears(1)));
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/wie-doet-mee/bevolking", a.collaboration().slug())
                .param("name", "Dorp").with(as(a.coordinatorEmail())).with(csrf()));
        UUID area = jdbc.sql("SELECT id FROM population_area WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/zelfscan", a.collaboration().slug()).param("title", "Zelfscan")
                .with(as(a.coordinatorEmail())).with(csrf()));
        UUID scanRound = jdbc.sql("SELECT id FROM scan_round WHERE collaboration_id = :c").param("c", c).query(UUID.class).single();
        return new Objects(process, open, letter, batch, toCall, lesson, paid[0], paid[1], resident, area, message,
                scanRound);
    }

    /** What would give A's data away if it showed up in an answer to B. */
    private List<String> tracesOf(World a, Objects o) {
        List<String> traces = new ArrayList<>(List.of(a.collaboration().id().toString(), a.collaboration().slug(),
                o.process().toString(), o.openInput().toString(), o.answeredInput().toString(), o.letterBatch().toString(),
                o.callNotification().toString(), o.lesson().toString(), o.resident().toString(),
                o.populationArea().toString(), o.residentMessage().toString(), o.scanRound().toString()));
        traces.addAll(jdbc.sql("SELECT id::text FROM decision WHERE collaboration_id = :c")
                .param("c", a.collaboration().id()).query(String.class).list());
        traces.addAll(jdbc.sql("SELECT token FROM scan_round WHERE collaboration_id = :c")
                .param("c", a.collaboration().id()).query(String.class).list());
        for (String code : jdbc.sql("SELECT follow_code FROM input WHERE collaboration_id = :c")
                .param("c", a.collaboration().id()).query(String.class).list()) {
            traces.add(code);
            traces.add(code.substring(0, 4) + "-" + code.substring(4));
        }
        return traces;
    }

    private long notifications(UUID collaboration, String channel) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE collaboration_id = :c AND channel = :ch")
                .param("c", collaboration).param("ch", channel).query(Long.class).single();
    }

    /** Path variables by name, or by the segment before them where a name like {id} is shared. */
    private static Map<String, String> variables(World a, Objects o, World slugOwner) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("{slug}", slugOwner.collaboration().slug());
        for (String key : PROCESS_KEYS) {
            v.put(key, o.process().toString());
        }
        for (String key : List.of("inbreng/{id}", "inbreng/{inputId}", "inputs/{id}", "inputs/{inputId}", "{inputId}")) {
            v.put(key, String.valueOf(o.openInput()));
        }
        v.put("brieven/{batchId}", String.valueOf(o.letterBatch()));
        v.put("bellijst/{notificationId}", String.valueOf(o.callNotification()));
        v.put("lessen/{id}", String.valueOf(o.lesson()));
        v.put("vergoedingen/{claimId}", String.valueOf(o.claim()));
        v.put("betalingen/{batchId}", String.valueOf(o.paymentBatch()));
        v.putAll(MODULE_OBJECTS);
        v.put("rapport/" + YEAR, String.valueOf(nl.samenspraak.report.YearlyReports.FIRST_YEAR));
        v.put("inwoners/{id}", String.valueOf(o.resident()));
        v.put("bevolking/{areaId}", String.valueOf(o.populationArea()));
        v.put("post-en-bellen/{messageId}", String.valueOf(o.residentMessage()));
        v.put("zelfscan/{roundId}", String.valueOf(o.scanRound()));
        return v;
    }

    /** True when the pattern's one object variable is a process: the place where body-borne ids matter. */
    private static boolean onlyProcessVariable(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).equals("slug")) {
                String before = pattern.substring(0, m.start());
                keys.add(before.substring(before.lastIndexOf('/', before.length() - 2) + 1) + "{" + m.group(1) + "}");
            }
        }
        return keys.size() == 1 && PROCESS_KEYS.contains(keys.getFirst());
    }

    /** The concrete URI, or null when a path variable has no case here. */
    private static String expand(String pattern, World a, Objects o, World slugOwner) {
        return Endpoints.expand(pattern, variables(a, o, slugOwner));
    }

    /** Every collaboration-scoped endpoint of every handler mapping. */
    private List<Endpoint> endpoints() {
        return Endpoints.of(context, IsolationTest::scoped, OPEN_ENDPOINTS);
    }

    private static boolean scoped(String pattern) {
        if (pattern.startsWith("/api/")) {
            return !pattern.contains("openapi");
        }
        // A staff member's own account pages (password, API tokens) belong to no collaboration;
        // their tests show that nobody reaches another person's tokens. The plain-language panel
        // (/beheer/taal/) reads no collaboration's data and stores nothing.
        return pattern.startsWith("/beheer/") && !pattern.startsWith("/beheer/account/")
                && !pattern.startsWith("/beheer/taal/");
    }

    /** A request that would succeed if the data were B's: plausible values for every usual form field. */
    private MockHttpServletRequestBuilder request(Endpoint endpoint, String uri, Objects o) {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method().name()), uri);
        if (endpoint.method() == RequestMethod.GET) {
            return r;
        }
        if (endpoint.api()) {
            return r.contentType(MediaType.APPLICATION_JSON).content("""
                    {"text":"Overgenomen","status":"ADOPTED","answer":"Overgenomen","channel":"PHONE",
                     "receivedOn":"%s","publish":true,"inputIds":["%s","%s"],"title":"Overgenomen","summary":"Overgenomen"}
                    """.formatted(today(), o.openInput(), o.answeredInput()));
        }
        return r.with(csrf())
                .param("text", "Overgenomen").param("answer", "Overgenomen").param("status", "ADOPTED")
                .param("channel", "PHONE").param("receivedOn", today().toString()).param("publish", "true")
                .param("inputs", o.openInput().toString(), o.answeredInput().toString())
                .param("inputIds", o.openInput().toString()).param("ids", o.openInput().toString())
                .param("title", "Overgenomen").param("summary", "Overgenomen")
                .param("participationLevel", "CONSULTING").param("answerWithinDays", "14");
    }

    private static org.springframework.mock.web.MockHttpServletRequest bearer(
            org.springframework.mock.web.MockHttpServletRequest request, String token) {
        request.addHeader("Authorization", "Bearer " + token);
        return request;
    }

    /** A fingerprint of every row collaboration A owns, taken once background work has settled. */
    private String snapshotWhenQuiet(World a) throws InterruptedException {
        return CollaborationSnapshot.whenQuiet(jdbc, a.collaboration().id(), Set.of());
    }
}
