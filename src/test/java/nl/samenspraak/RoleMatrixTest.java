package nl.samenspraak;

import static java.util.Map.entry;
import static nl.samenspraak.account.Role.BOARD;
import static nl.samenspraak.account.Role.COORDINATOR;
import static nl.samenspraak.account.Role.PROFESSIONAL;
import static nl.samenspraak.account.Role.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Endpoints.Endpoint;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.account.ApiTokens;
import nl.samenspraak.account.Role;
import nl.samenspraak.account.StaffAccounts;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingRoleCases;
import nl.samenspraak.pool.PoolRoleCases;
import nl.samenspraak.reimbursement.ReimbursementFixtures;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.PersonalDataViews;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentMessages;
import nl.samenspraak.resident.Residents;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Walks the role matrix over every endpoint under {@code /beheer/{slug}} and {@code /api/v1}, as
 * the viewer, the professional and the coordinator of one collaboration in which residents'
 * distinctive names, e-mail addresses, phone numbers, postal addresses, IBAN and needs are planted:
 * a viewer changes nothing and reads none of that data in any answer (HTML, PDF, CSV, JSON),
 * a professional cannot do what is reserved to coordinators, every professional's view of
 * the data is audited, and an endpoint missing from the matrix fails the test.
 * docs/roles.md lists the same matrix; {@link #theDocumentedMatrixIsTheTestedOne()} keeps them equal.
 */
class RoleMatrixTest extends IntegrationTest {

    /**
     * The least role each endpoint allows, as docs/roles.md says. An endpoint added to the app
     * must be added here (and there) with its role, or the walk fails.
     */
    static final Map<String, Role> MATRIX = new TreeMap<>(Map.ofEntries(
            // API: a token carries its owner's role in the collaboration it was issued for.
            entry("GET /api/v1/inputs/{id}", VIEWER),
            entry("POST /api/v1/decisions/{id}/updates", PROFESSIONAL),
            entry("POST /api/v1/processes/{processId}/decisions", PROFESSIONAL),
            entry("PUT /api/v1/inputs/{id}/answer", PROFESSIONAL),
            entry("PUT /api/v1/inputs/{id}/moderation", PROFESSIONAL),
            entry("GET /api/v1/processes", VIEWER),
            entry("POST /api/v1/processes", COORDINATOR),
            entry("GET /api/v1/processes/{id}", VIEWER),
            entry("PUT /api/v1/processes/{processId}/answers", PROFESSIONAL),
            entry("GET /api/v1/processes/{processId}/inputs", VIEWER),
            entry("POST /api/v1/processes/{processId}/inputs", PROFESSIONAL),
            // Dashboard and processes.
            entry("GET /beheer/{slug}", VIEWER),
            entry("GET /beheer/{slug}/trajecten/nieuw", COORDINATOR),
            entry("POST /beheer/{slug}/trajecten/nieuw", COORDINATOR),
            entry("GET /beheer/{slug}/trajecten/{id}", VIEWER),
            entry("GET /beheer/{slug}/trajecten/{id}/bewerken", COORDINATOR),
            entry("POST /beheer/{slug}/trajecten/{id}/bewerken", COORDINATOR),
            // Inputs and answers.
            entry("GET /beheer/{slug}/trajecten/{id}/inbreng/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/trajecten/{id}/inbreng/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/trajecten/{id}/samen-beantwoorden", PROFESSIONAL),
            entry("GET /beheer/{slug}/trajecten/{id}/voortgang", VIEWER),
            entry("POST /beheer/{slug}/trajecten/{id}/voortgang", PROFESSIONAL),
            // Decisions (besluiten) and their updates.
            entry("GET /beheer/{slug}/trajecten/{id}/besluiten", VIEWER),
            entry("GET /beheer/{slug}/trajecten/{id}/besluiten/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/trajecten/{id}/besluiten/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/besluiten/{decisionId}", VIEWER),
            entry("POST /beheer/{slug}/besluiten/{decisionId}/updates", PROFESSIONAL),
            entry("GET /beheer/{slug}/inbreng/{id}", VIEWER),
            entry("POST /beheer/{slug}/inbreng/{id}", PROFESSIONAL),
            entry("GET /beheer/{slug}/inbreng/{id}/ontvangen", VIEWER),
            // Moderation: hiding from the public page, and residents' reports.
            entry("GET /beheer/{slug}/inbreng/{id}/verbergen", PROFESSIONAL),
            entry("POST /beheer/{slug}/inbreng/{id}/verbergen", PROFESSIONAL),
            entry("POST /beheer/{slug}/inbreng/{id}/zichtbaar", PROFESSIONAL),
            entry("POST /beheer/{slug}/inbreng/{id}/meldingen/afwijzen", PROFESSIONAL),
            entry("GET /beheer/{slug}/meldingen", VIEWER),
            // Telling authors: letters, calls, outbox.
            entry("GET /beheer/{slug}/brieven", VIEWER),
            entry("POST /beheer/{slug}/brieven", PROFESSIONAL),
            entry("GET /beheer/{slug}/brieven/{batchId}.pdf", PROFESSIONAL),
            entry("GET /beheer/{slug}/bellijst", VIEWER),
            entry("POST /beheer/{slug}/bellijst/{notificationId}/gebeld", PROFESSIONAL),
            entry("GET /beheer/{slug}/uitgaande-mail", COORDINATOR),
            // Meetings.
            entry("GET /beheer/{slug}/bijeenkomsten", VIEWER),
            entry("GET /beheer/{slug}/bijeenkomsten/nieuw", COORDINATOR),
            entry("POST /beheer/{slug}/bijeenkomsten/nieuw", COORDINATOR),
            entry("GET /beheer/{slug}/bijeenkomsten/{meetingId}", VIEWER),
            entry("GET /beheer/{slug}/bijeenkomsten/{meetingId}/wijzigen", COORDINATOR),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/wijzigen", COORDINATOR),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/afgelast", COORDINATOR),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/aanwezigheid", PROFESSIONAL),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/verslag", PROFESSIONAL),
            entry("GET /beheer/{slug}/bijeenkomsten/{meetingId}/aanmelden", PROFESSIONAL),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/aanmelden", PROFESSIONAL),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/aanmeldingen/{registrationId}/afmelden", PROFESSIONAL),
            entry("GET /beheer/{slug}/bijeenkomsten/{meetingId}/inbreng", PROFESSIONAL),
            entry("POST /beheer/{slug}/bijeenkomsten/{meetingId}/inbreng", PROFESSIONAL),
            entry("GET /beheer/{slug}/bijeenkomsten/locaties", VIEWER),
            entry("POST /beheer/{slug}/bijeenkomsten/locaties", COORDINATOR),
            entry("GET /beheer/{slug}/bijeenkomsten/locaties/{venueId}", VIEWER),
            entry("POST /beheer/{slug}/bijeenkomsten/locaties/{venueId}", COORDINATOR),
            entry("GET /beheer/{slug}/bijeenkomsten/reeksen", VIEWER),
            entry("POST /beheer/{slug}/bijeenkomsten/reeksen", COORDINATOR),
            entry("GET /beheer/{slug}/bijeenkomsten/reeksen/{seriesId}", VIEWER),
            // Pool and commitments.
            entry("GET /beheer/{slug}/inwonerpool", VIEWER),
            entry("GET /beheer/{slug}/inwonerpool/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/inwonerpool/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/inwonerpool/leden/{memberId}", VIEWER),
            entry("GET /beheer/{slug}/inwonerpool/activiteiten/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/inwonerpool/activiteiten/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/inwonerpool/activiteiten/{activityId}", VIEWER),
            entry("POST /beheer/{slug}/inwonerpool/activiteiten/{activityId}/uitnodigen", PROFESSIONAL),
            entry("GET /beheer/{slug}/afspraken", VIEWER),
            entry("GET /beheer/{slug}/afspraken/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/afspraken/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/afspraken/{commitmentId}", VIEWER),
            entry("POST /beheer/{slug}/afspraken/{commitmentId}/beeindigen", PROFESSIONAL),
            // Reimbursements and payments.
            entry("GET /beheer/{slug}/vergoedingen", PROFESSIONAL),
            entry("GET /beheer/{slug}/vergoedingen/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/vergoedingen/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/vergoedingen/declaratielink", PROFESSIONAL),
            entry("GET /beheer/{slug}/vergoedingen/totalen", PROFESSIONAL),
            entry("GET /beheer/{slug}/vergoedingen/{claimId}", PROFESSIONAL),
            entry("GET /beheer/{slug}/vergoedingen/{claimId}/bon", PROFESSIONAL),
            entry("POST /beheer/{slug}/vergoedingen/{claimId}/goedkeuren", COORDINATOR),
            entry("POST /beheer/{slug}/vergoedingen/{claimId}/afwijzen", COORDINATOR),
            entry("GET /beheer/{slug}/vergoedingen/betalingen", COORDINATOR),
            entry("POST /beheer/{slug}/vergoedingen/betalingen", COORDINATOR),
            entry("POST /beheer/{slug}/vergoedingen/rekening", COORDINATOR),
            entry("GET /beheer/{slug}/vergoedingen/betalingen/{batchId}/csv", COORDINATOR),
            entry("GET /beheer/{slug}/vergoedingen/betalingen/{batchId}/sepa", COORDINATOR),
            // Residents, privacy, letters and calls to residents, who is at the table.
            entry("GET /beheer/{slug}/inwoners", PROFESSIONAL),
            entry("GET /beheer/{slug}/inwoners/{id}", PROFESSIONAL),
            entry("POST /beheer/{slug}/inwoners/{id}/export", COORDINATOR),
            entry("GET /beheer/{slug}/inwoners/{id}/wissen", COORDINATOR),
            entry("POST /beheer/{slug}/inwoners/{id}/wissen", COORDINATOR),
            entry("GET /beheer/{slug}/post-en-bellen", PROFESSIONAL),
            entry("POST /beheer/{slug}/post-en-bellen/brieven", PROFESSIONAL),
            entry("POST /beheer/{slug}/post-en-bellen/{messageId}/gebeld", PROFESSIONAL),
            entry("GET /beheer/{slug}/wie-doet-mee", VIEWER),
            entry("GET /beheer/{slug}/wie-doet-mee/bevolking", VIEWER),
            entry("POST /beheer/{slug}/wie-doet-mee/bevolking", COORDINATOR),
            entry("GET /beheer/{slug}/wie-doet-mee/bevolking/{areaId}", VIEWER),
            entry("POST /beheer/{slug}/wie-doet-mee/bevolking/{areaId}", COORDINATOR),
            entry("POST /beheer/{slug}/wie-doet-mee/bevolking/{areaId}/import", COORDINATOR),
            // Knowledge: lessons learned.
            entry("GET /beheer/{slug}/lessen", VIEWER),
            entry("GET /beheer/{slug}/lessen/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/lessen/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/lessen/{id}", VIEWER),
            entry("GET /beheer/{slug}/lessen/{id}/bewerken", PROFESSIONAL),
            entry("POST /beheer/{slug}/lessen/{id}/bewerken", PROFESSIONAL),
            entry("POST /beheer/{slug}/lessen/{id}/delen", PROFESSIONAL),
            entry("POST /beheer/{slug}/lessen/{id}/niet-delen", PROFESSIONAL),
            // Zelfscan.
            entry("GET /beheer/{slug}/zelfscan", VIEWER),
            entry("POST /beheer/{slug}/zelfscan", COORDINATOR),
            entry("GET /beheer/{slug}/zelfscan/{roundId}", VIEWER),
            entry("POST /beheer/{slug}/zelfscan/{roundId}/sluiten", COORDINATOR),
            entry("POST /beheer/{slug}/zelfscan/{roundId}/heropenen", COORDINATOR),
            entry("GET /beheer/{slug}/zelfscan/{roundId}/papier", VIEWER),
            entry("POST /beheer/{slug}/zelfscan/{roundId}/papier", PROFESSIONAL),
            entry("GET /beheer/{slug}/zelfscan/{roundId}/resultaten.csv", VIEWER),
            entry("GET /beheer/{slug}/zelfscan/{roundId}/resultaten.pdf", VIEWER),
            entry("GET /beheer/{slug}/inwoners/{id}/namens", COORDINATOR),
            // Ripple Effects Mapping (effecten in kaart).
            entry("GET /beheer/{slug}/effecten", VIEWER),
            entry("POST /beheer/{slug}/effecten", PROFESSIONAL),
            entry("GET /beheer/{slug}/effecten/sessies/{remSessionId}", VIEWER),
            entry("POST /beheer/{slug}/effecten/sessies/{remSessionId}", PROFESSIONAL),
            entry("POST /beheer/{slug}/effecten/sessies/{remSessionId}/verwijderen", PROFESSIONAL),
            entry("GET /beheer/{slug}/effecten/{effectId}/wijzigen", PROFESSIONAL),
            entry("POST /beheer/{slug}/effecten/{effectId}/wijzigen", PROFESSIONAL),
            entry("POST /beheer/{slug}/effecten/{effectId}/verwijderen", PROFESSIONAL),
            entry("GET /beheer/{slug}/effecten/export.csv", VIEWER),
            entry("POST /beheer/{slug}/vergoedingen/betalingen/{batchId}/goedkeuren", COORDINATOR),
            entry("GET /beheer/{slug}/logboek", COORDINATOR),
            entry("GET /beheer/{slug}/logboek/controle", COORDINATOR),
            entry("GET /beheer/{slug}/indicatoren", VIEWER),
            // Heldere taal: the live panel checks a text for any staff member, in no collaboration, storing nothing.
            entry("POST /beheer/taal/paneel", VIEWER),
            // Gezamenlijke visie: viewers read the draft, professionals comment, coordinators write and publish.
            entry("GET /beheer/{slug}/visie", VIEWER),
            entry("POST /beheer/{slug}/visie/concept", COORDINATOR),
            entry("POST /beheer/{slug}/visie/publiceren", COORDINATOR),
            entry("POST /beheer/{slug}/visie/reacties", PROFESSIONAL),
            entry("POST /beheer/{slug}/visie/reacties/status", COORDINATOR),
            entry("GET /beheer/{slug}/visie/uitnodigen", COORDINATOR),
            entry("POST /beheer/{slug}/visie/uitnodigen", COORDINATOR),
            // Roles (issue 13): names of holders only for professionals and coordinators.
            entry("GET /beheer/{slug}/rollen", VIEWER),
            entry("GET /beheer/{slug}/rollen/{roleId}", VIEWER),
            entry("GET /beheer/{slug}/rollen/nieuw", COORDINATOR),
            entry("POST /beheer/{slug}/rollen/nieuw", COORDINATOR),
            entry("GET /beheer/{slug}/rollen/{roleId}/bewerken", COORDINATOR),
            entry("POST /beheer/{slug}/rollen/{roleId}/bewerken", COORDINATOR),
            entry("POST /beheer/{slug}/rollen/{roleId}/archiveren", COORDINATOR),
            entry("POST /beheer/{slug}/rollen/{roleId}/houders", COORDINATOR),
            entry("POST /beheer/{slug}/rollen/{roleId}/houders/{holdingId}/beeindigen", COORDINATOR),
            // Anchoring monitor (verankering).
            entry("GET /beheer/{slug}/verankering", VIEWER),
            entry("GET /beheer/{slug}/verankering/nieuw", PROFESSIONAL),
            entry("POST /beheer/{slug}/verankering/nieuw", PROFESSIONAL),
            entry("GET /beheer/{slug}/verankering/{evidenceId}/beeindigen", PROFESSIONAL),
            entry("POST /beheer/{slug}/verankering/{evidenceId}/beeindigen", PROFESSIONAL),
            entry("GET /beheer/{slug}/verankering/documenten/{documentId}", VIEWER),
            // The yearly report: the only pages a board member (bestuurder) reads; no personal data in any form.
            entry("GET /beheer/{slug}/rapport", BOARD),
            entry("GET /beheer/{slug}/rapport/{year}", BOARD),
            entry("GET /beheer/{slug}/rapport/{year}.pdf", BOARD),
            entry("GET /beheer/{slug}/rapport/{year}.csv", BOARD)));

    /**
     * Not a page of a collaboration but a tool beside staff forms: it checks the text it is sent and stores and
     * shows nothing else, so a board member's login may use it too (docs/roles.md, "Board members").
     */
    private static final Set<String> BOARD_MAY_USE_TOO = Set.of("POST /beheer/taal/paneel");

    /** Posts that only read: a viewer may use them, and the walk shows they change nothing. */
    private static final Set<String> READS_BY_POST = Set.of("POST /beheer/taal/paneel");

    /**
     * Open to anyone: the login of the API (with a password), and the plain-language check (no token at all; it
     * reads and stores nothing of any collaboration). Neither is an action in a collaboration; docs/roles.md names
     * them under "Open endpoints", and their own tests (ApiAccessTest, LanguageCheckApiTest) cover them.
     */
    private static final Set<String> OPEN_ENDPOINTS = Set.of("POST /api/v1/tokens", "POST /api/v1/language/check");
    private static final Path DOC = Path.of("docs/roles.md");
    /** A matrix row in docs/roles.md: | `GET /beheer/{slug}` | viewer | */
    private static final Pattern DOC_ROW = Pattern.compile("^\\|\\s*`((?:GET|POST|PUT|PATCH|DELETE) [^`]+)`\\s*\\|\\s*(\\w+)\\s*\\|",
            Pattern.MULTILINE);

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired DecisionBook decisions;
    @Autowired ApiTokens tokens;
    @Autowired StaffAccounts staff;
    @Autowired JdbcClient jdbc;
    @Autowired Residents residents;
    @Autowired ResidentMessages messages;

    /** One of the three staff members of the collaboration, with their login and their API token. */
    record Actor(Role role, String email, String token) {}

    /** The resident's details planted in every corner of the collaboration; none may reach a viewer. */
    record Planted(List<String> contactDetailsAndNeeds, List<String> bankAccounts) {
        List<String> all() {
            List<String> all = new ArrayList<>(contactDetailsAndNeeds);
            all.addAll(bankAccounts);
            return all;
        }

        List<String> in(String body) {
            return all().stream().filter(body::contains).toList();
        }
    }

    @Test
    void everyEndpointAllowsExactlyTheRolesTheMatrixNamesAndViewersNeverSeeResidentsPersonalData() throws Exception {
        World world = fixtures.aCollaborationWithStaff();
        String slug = world.collaboration().slug();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String digits = String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        Planted planted = new Planted(List.of(
                "inbreng-" + unique + "@geheim.example", "0611" + digits, "Geheimpad 17",
                "aanmelding-" + unique + "@geheim.example", "Graag een stoel bij de deur voor mijn heup " + unique,
                "pool-" + unique + "@geheim.example", "Stillelaan 3", "inwoner-" + unique + "@geheim.example",
                // Names are contact details too.
                "Ans Geheim", "Kees Geheim", "Mo Geheim", "Aanmelder Met Wensen", "Lid Geheim", "Ria Geheim"),
                List.of(ReimbursementFixtures.IBAN, ReimbursementFixtures.IBAN.replaceAll("(.{4})(?!$)", "$1 ")));
        Map<String, String> variables = plant(world, planted, "0622" + digits);

        List<Endpoint> endpoints = endpoints();
        Set<String> found = new TreeSet<>(endpoints.stream().map(Endpoint::toString).toList());
        assertThat(found).as("endpoints without a row in RoleMatrixTest.MATRIX and docs/roles.md: add them with their role")
                .isSubsetOf(MATRIX.keySet());
        assertThat(MATRIX.keySet()).as("rows of the matrix without an endpoint: remove them").isSubsetOf(found);
        assertThat(MATRIX).as("a viewer only reads").allSatisfy((endpoint, role) -> {
            if (!endpoint.startsWith("GET ") && !READS_BY_POST.contains(endpoint)) {
                assertThat(role).as(endpoint).isNotEqualTo(VIEWER);
            }
        });
        List<String> unfilled = endpoints.stream().filter(e -> Endpoints.expand(e.pattern(), variables) == null)
                .map(e -> "add a path variable value for " + e).toList();
        assertThat(unfilled).isEmpty();

        Actor viewer = actor(world.viewerEmail(), VIEWER, slug);
        Actor board = actor(fixtures.aBoardMember(world), BOARD, slug);
        Actor professional = actor(world.professionalEmail(), PROFESSIONAL, slug);
        Actor coordinator = actor(world.coordinatorEmail(), COORDINATOR, slug);
        UUID c = world.collaboration().id();

        String before = snapshotWhenQuiet(c);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Role least = MATRIX.get(endpoint.toString());
            String uri = Endpoints.expand(endpoint.pattern(), variables);
            // (a) and (b): the viewer.
            MockHttpServletResponse asViewer = perform(endpoint, uri, viewer, variables);
            String viewerBody = text(asViewer);
            if (!VIEWER.includes(least) && !refused(asViewer)) {
                wrong.add(endpoint + " answered " + asViewer.getStatus() + " to a viewer; the matrix says " + least);
            }
            if (VIEWER.includes(least) && asViewer.getStatus() >= 400) {
                wrong.add(endpoint + " answered " + asViewer.getStatus() + " to a viewer, who may read it");
            }
            if (!planted.in(viewerBody).isEmpty()) {
                wrong.add(endpoint + " showed a viewer " + planted.in(viewerBody));
            }
            // The board member: only what the matrix opens to BOARD, and never any personal data.
            MockHttpServletResponse asBoard = perform(endpoint, uri, board, variables);
            String boardBody = text(asBoard);
            if (least != BOARD && !BOARD_MAY_USE_TOO.contains(endpoint.toString()) && !refused(asBoard)) {
                wrong.add(endpoint + " answered " + asBoard.getStatus() + " to a board member; the matrix says " + least);
            }
            if (least == BOARD && asBoard.getStatus() >= 400) {
                wrong.add(endpoint + " answered " + asBoard.getStatus() + " to a board member, who may read it");
            }
            if (!planted.in(boardBody).isEmpty()) {
                wrong.add(endpoint + " showed a board member " + planted.in(boardBody));
            }
            // (c): what the matrix reserves to coordinators.
            if (least == COORDINATOR) {
                MockHttpServletResponse asProfessional = perform(endpoint, uri, professional, variables);
                if (!refused(asProfessional)) {
                    wrong.add(endpoint + " answered " + asProfessional.getStatus() + " to a professional; only coordinators may");
                }
            }
        }
        assertThat(wrong).as("requests the matrix refuses, or answers that gave a viewer personal data away").isEmpty();
        assertThat(snapshotWhenQuiet(c)).as("the collaboration's data after the refused requests").isEqualTo(before);

        // What the matrix allows works, and every view of residents' contact details or needs is audited.
        List<String> seenByCoordinator = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.reads()) {
                continue;
            }
            Role least = MATRIX.get(endpoint.toString());
            String uri = Endpoints.expand(endpoint.pattern(), variables);
            for (Actor allowed : List.of(professional, coordinator)) {
                if (!allowed.role().includes(least)) {
                    continue;
                }
                long audited = audited(c, allowed.email());
                MockHttpServletResponse response = perform(endpoint, uri, allowed, variables);
                String body = text(response);
                if (response.getStatus() >= 400) {
                    wrong.add(endpoint + " answered " + response.getStatus() + " to a " + allowed.role() + ", who may read it");
                }
                List<String> personal = planted.contactDetailsAndNeeds().stream().filter(body::contains).toList();
                if (allowed.role() == PROFESSIONAL && !personal.isEmpty() && audited(c, allowed.email()) == audited) {
                    wrong.add(endpoint + " showed a professional " + personal + " without an audit entry");
                }
                if (allowed.role() == COORDINATOR) {
                    seenByCoordinator.addAll(planted.in(body));
                }
            }
        }
        assertThat(wrong).as("reads the matrix allows").isEmpty();
        assertThat(seenByCoordinator).as("the planted data must show up for the coordinator somewhere, or this test proves nothing")
                .containsAll(planted.contactDetailsAndNeeds()).containsAnyElementsOf(planted.bankAccounts());
    }

    @Test
    void theDocumentedMatrixIsTheTestedOne() throws IOException {
        Map<String, Role> documented = new TreeMap<>();
        Matcher row = DOC_ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            documented.put(row.group(1).strip(), Role.valueOf(row.group(2).toUpperCase(java.util.Locale.ROOT)));
        }
        assertThat(documented).as("the endpoint table in " + DOC).isEqualTo(MATRIX);
    }

    /** Audit entries of personal data views by this staff member, so far. */
    private long audited(UUID collaboration, String actor) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND actor = :a
                AND (action = :view OR action LIKE '%.view')
                """).param("c", collaboration).param("a", actor).param("view", PersonalDataViews.ACTION)
                .query(Long.class).single();
    }

    private Actor actor(String email, Role role, String slug) {
        UUID id = staff.idByEmail(email).orElseThrow();
        return new Actor(role, email, tokens.issue(id, slug).orElseThrow().token());
    }

    private static boolean refused(MockHttpServletResponse response) {
        return response.getStatus() == 403 || response.getStatus() == 404;
    }

    private MockHttpServletResponse perform(Endpoint endpoint, String uri, Actor actor, Map<String, String> variables)
            throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint, uri, variables);
        return mvc.perform(endpoint.api() ? request.with(r -> bearer(r, actor.token())) : request.with(as(actor.email())))
                .andReturn().getResponse();
    }

    /** The answer as a person would read it: the text of a PDF, else the body as text (HTML, CSV, JSON). */
    private static String text(MockHttpServletResponse response) throws IOException {
        byte[] bytes = response.getContentAsByteArray();
        if (MediaType.APPLICATION_PDF_VALUE.equals(response.getContentType()) || startsWith(bytes, "%PDF")) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document);
            }
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && new String(bytes, 0, prefix.length(), java.nio.charset.StandardCharsets.US_ASCII).equals(prefix);
    }

    /**
     * One of everything the collaboration can have, with the planted details behind it: an
     * input author with e-mail, address and phone (answered, so a letter and a call are due),
     * a meeting registrant with needs, a pool member, a claim with an IBAN, a resident with a
     * letter to print. Returns the values of every path variable.
     */
    private Map<String, String> plant(World world, Planted planted, String registrantPhone) throws Exception {
        UUID c = world.collaboration().id();
        String slug = world.collaboration().slug();
        List<String> p = planted.contactDetailsAndNeeds();
        UUID process = fixtures.aProcess(world);
        UUID open = intake.capture(c, process, new NewInput("Een buurtkamer in de bieb", Channel.PHONE,
                today().minusDays(20), true, new Author("Ans Geheim", p.get(0), p.get(2) + ", 9999 ZZ Verstopstad",
                p.get(1), ContactBy.EMAIL, true), world.coordinatorId())).id();
        UUID letter = intake.capture(c, process, new NewInput("Meer bankjes", Channel.PAPER, today().minusDays(5),
                true, new Author("Kees Geheim", null, p.get(2) + ", 9999 ZZ Verstopstad", null, ContactBy.POST, true),
                world.coordinatorId())).id();
        UUID call = intake.capture(c, process, new NewInput("Een wandelgroep", Channel.MEETING, today().minusDays(5),
                false, new Author("Mo Geheim", null, null, p.get(1), ContactBy.PHONE, true), world.coordinatorId())).id();
        feedback.answer(c, letter, FeedbackStatus.ADOPTED, "Er komen bankjes.", world.coordinatorId(), "test");
        feedback.answer(c, call, FeedbackStatus.PARTLY_ADOPTED, "Er komt een groep op dinsdag.", world.coordinatorId(), "test");
        for (int i = 0; i < 100 && notifications(c) < 2; i++) {
            Thread.sleep(100); // the notifications are made after the answer's commit
        }
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/brieven", slug).with(as(world.coordinatorEmail())).with(csrf()));
        Map<String, String> v = new LinkedHashMap<>();
        v.put("{slug}", slug);
        v.put("rapport/{year}", String.valueOf(today().getYear()));
        for (String key : List.of("trajecten/{id}", "processes/{id}", "processes/{processId}")) {
            v.put(key, process.toString());
        }
        for (String key : List.of("inbreng/{id}", "inputs/{id}")) {
            v.put(key, open.toString());
        }
        String decision = decisions.record(c, process, new NewDecision("Een buurtkamer", "Er komt een buurtkamer.",
                "Het college", today(), null, List.of(open, letter)), world.coordinatorId(), "test").value().toString();
        v.put("besluiten/{decisionId}", decision);
        v.put("decisions/{id}", decision);
        v.put("brieven/{batchId}", jdbc.sql("SELECT id::text FROM letter_batch WHERE collaboration_id = :c")
                .param("c", c).query(String.class).single());
        v.put("bellijst/{notificationId}", jdbc.sql("SELECT id::text FROM notification WHERE collaboration_id = :c AND channel = 'PHONE'")
                .param("c", c).query(String.class).single());
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/lessen/nieuw", slug).param("title", "Koffie aan huis")
                .param("tried", "Langsgaan").param("forWhom", "Ouderen").param("happened", "Het werkte")
                .param("plainLanguageConfirmed", "true") // the fixture's words may be above B1 for the checker
                .with(as(world.coordinatorEmail())).with(csrf()));
        v.put("lessen/{id}", jdbc.sql("SELECT id::text FROM knowledge_lesson WHERE collaboration_id = :c")
                .param("c", c).query(String.class).single());
        UUID[] paid = ReimbursementFixtures.aPaidClaimWithReceipt(context, c, world.coordinatorEmail());
        v.put("vergoedingen/{claimId}", paid[0].toString());
        v.put("betalingen/{batchId}", paid[1].toString());
        v.putAll(MeetingRoleCases.aRegistrationWithNeeds(context, world, process, p.get(3), registrantPhone, p.get(4)));
        v.putAll(PoolRoleCases.aMemberWithContactDetails(context, c, world.coordinatorId(), new ResidentDetails(
                "Lid Geheim", p.get(5), null, p.get(6) + ", 9998 XX Verstopstad", ContactChannel.EMAIL, "nl")));
        UUID resident = residents.register(c, new ResidentDetails("Ria Geheim", p.get(7), null,
                p.get(6) + " bis, 9998 XX Verstopstad", ContactChannel.POST, "nl"));
        messages.send(c, resident, "Uitnodiging", "Wilt u komen?", null);
        v.put("inwoners/{id}", resident.toString());
        v.putAll(nl.samenspraak.roles.RolesRoleCases.aResidentHolder(mvc, jdbc, slug, c, resident, as(world.coordinatorEmail()),
                today().minusYears(1)));
        v.put("post-en-bellen/{messageId}", jdbc.sql("SELECT id::text FROM resident_message WHERE resident_id = :r")
                .param("r", resident).query(String.class).single());
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/wie-doet-mee/bevolking", slug).param("name", "Dorp")
                .with(as(world.coordinatorEmail())).with(csrf()));
        v.put("bevolking/{areaId}", jdbc.sql("SELECT id::text FROM population_area WHERE collaboration_id = :c")
                .param("c", c).query(String.class).single());
        mvc.perform(MockMvcRequestBuilders.post("/beheer/{slug}/zelfscan", slug).param("title", "Zelfscan")
                .with(as(world.coordinatorEmail())).with(csrf()));
        v.put("zelfscan/{roundId}", jdbc.sql("SELECT id::text FROM scan_round WHERE collaboration_id = :c")
                .param("c", c).query(String.class).single());
        v.putAll(nl.samenspraak.anchoring.AnchoringRoleCases.anEvidenceWithDocument(context, c));
        v.putAll(nl.samenspraak.ripple.RippleCases.of(context, c, process, today()));
        return v;
    }

    private long notifications(UUID collaboration) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE collaboration_id = :c AND channel IN ('PHONE', 'POST')")
                .param("c", collaboration).query(Long.class).single();
    }

    /** Every endpoint of a collaboration: the staff pages under /beheer/{slug} and the API. */
    private List<Endpoint> endpoints() {
        return Endpoints.of(context, pattern -> pattern.startsWith("/beheer/{slug}") || pattern.startsWith("/beheer/taal/")
                || pattern.startsWith("/api/v1") && !pattern.contains("openapi"), OPEN_ENDPOINTS);
    }

    /** A request that would succeed for the role the matrix names: plausible values for the usual fields. */
    private MockHttpServletRequestBuilder request(Endpoint endpoint, String uri, Map<String, String> v) {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method().name()), uri);
        if (endpoint.reads()) {
            return r;
        }
        String input = v.get("inbreng/{id}");
        if (endpoint.api()) {
            return r.contentType(MediaType.APPLICATION_JSON).content("""
                    {"text":"Overgenomen","status":"ADOPTED","answer":"Overgenomen","channel":"PHONE",
                     "receivedOn":"%s","publish":true,"inputIds":["%s"],"title":"Overgenomen","summary":"Overgenomen",
                     "participationLevel":"CONSULTING","answerWithinDays":14}
                    """.formatted(today(), input));
        }
        return r.with(csrf())
                .param("text", "Overgenomen").param("answer", "Overgenomen").param("status", "ADOPTED")
                .param("channel", "PHONE").param("receivedOn", today().toString()).param("publish", "true")
                .param("inputs", input).param("inputIds", input).param("ids", input)
                .param("title", "Overgenomen").param("summary", "Overgenomen").param("name", "Overgenomen")
                .param("reason", "Overgenomen").param("minutes", "Overgenomen").param("walkIns", "3")
                .param("participationLevel", "CONSULTING").param("answerWithinDays", "14");
    }

    private static MockHttpServletRequest bearer(MockHttpServletRequest request, String token) {
        request.addHeader("Authorization", "Bearer " + token);
        return request;
    }

    /**
     * A fingerprint of every row the collaboration owns, taken once background work has settled.
     * The audit trail is left out: recording a refused attempt is welcome, it changes nothing of
     * the collaboration's data.
     */
    private String snapshotWhenQuiet(UUID c) throws InterruptedException {
        return CollaborationSnapshot.whenQuiet(jdbc, c, Set.of("audit_entry"));
    }
}
