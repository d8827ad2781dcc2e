package nl.samenspraak.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.PageQueries;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.input.StaffMvcTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff record decisions and their updates; residents read them on the public page and their follow page. */
class DecisionPagesTest extends StaffMvcTest {

    @Autowired DecisionBook decisions;
    @Autowired FeedbackLoop feedback;
    @Autowired JdbcClient jdbc;

    @Test
    void professionalRecordsADecisionChoosingInputsBySearchAndByStatus() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID benches = anInput(world, process, "Meer bankjes in het park", 3);
        UUID busStop = anInput(world, process, "Een bankje bij de bushalte", 2);
        UUID pool = anInput(world, process, "Een zwembad in de wijk", 2);
        UUID lessons = anInput(world, process, "Zwemles voor ouderen", 1);
        feedback.answer(world.collaboration().id(), lessons, FeedbackStatus.ADOPTED, "Er komt zwemles.",
                world.coordinatorId(), "test");
        String form = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/besluiten/nieuw";

        String searched = body(get(form).param("zoek", "bankje").with(as(world.professionalEmail())), 200);
        assertThat(searched).contains(code(world, benches), code(world, busStop), "Over welke inbreng gaat dit besluit?")
                .doesNotContain(code(world, pool), code(world, lessons));

        // Searching again keeps what was typed and what was checked.
        String again = body(post(form).param("actie", "zoeken").param("zoek", "zwem").param("title", "Bankjes en zwemles")
                .param("inputs", benches.toString()).with(as(world.professionalEmail())).with(csrf()), 200);
        assertThat(again).contains("value=\"Bankjes en zwemles\"", code(world, pool), code(world, lessons))
                .contains("id=\"kies-" + benches + "\" value=\"" + benches + "\" checked")
                .doesNotContain("id=\"kies-" + busStop + "\"");
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();

        MockHttpServletResponse saved = mvc.perform(post(form).param("actie", "opslaan")
                        .param("title", "Bankjes en zwemles").param("text", "Er komen vijf bankjes en zwemles voor ouderen.")
                        .param("decidedBy", "Het college van B en W").param("decidedOn", today().toString())
                        .param("reasons", "Veel mensen vroegen erom.").param("inputs", benches.toString())
                        .param("allWithStatus", "ADOPTED").with(as(world.professionalEmail())).with(csrf()))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        PublicDecision recorded = decisions.ofProcess(world.collaboration().id(), process).getFirst();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/beheer/" + world.collaboration().slug() + "/besluiten/"
                + recorded.id() + "?opgeslagen");
        assertThat(decisions.linkedInputs(world.collaboration().id(), recorded.id())).containsExactlyInAnyOrder(benches, lessons);
        assertThat(recorded.reasons()).isEqualTo("Veel mensen vroegen erom.");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = 'decision.record'")
                .param("c", world.collaboration().id()).query(Long.class).single()).isEqualTo(1);

        String page = body(get(saved.getRedirectedUrl()).with(as(world.professionalEmail())), 200);
        assertThat(page).contains("Het besluit is opgeslagen.", "Bankjes en zwemles", "Het college van B en W",
                code(world, benches), code(world, lessons), "2 inbreng is gekoppeld.", "/besluiten/" + recorded.id());
        assertThat(body(get("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), benches)
                .with(as(world.viewerEmail())), 200)).contains("Besluiten over deze inbreng", "Bankjes en zwemles",
                "/beheer/" + world.collaboration().slug() + "/besluiten/" + recorded.id());
        String list = body(get("/beheer/{slug}/trajecten/{id}/besluiten", world.collaboration().slug(), process)
                .with(as(world.viewerEmail())), 200);
        assertThat(list).contains("Bankjes en zwemles", "Gepland");
        assertThat(body(get("/beheer/{slug}/trajecten/{id}", world.collaboration().slug(), process)
                .with(as(world.viewerEmail())), 200)).contains("/trajecten/" + process + "/besluiten");
    }

    @Test
    void refusesAnInputOfAnotherProcessStoresNothingAndKeepsOnlyThisProcesssChoice() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID mine = anInput(world, process, "Een bankje", 1);
        UUID otherProcess = anInput(world, fixtures.aProcess(world), "Iets elders", 1);
        var otherWorld = fixtures.aCollaborationWithStaff();
        UUID otherCollaboration = anInput(otherWorld, fixtures.aProcess(otherWorld), "Iets van een ander", 1);
        String form = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/besluiten/nieuw";

        String refused = body(filled(post(form)).param("inputs", mine.toString(), otherProcess.toString())
                .with(as(world.coordinatorEmail())).with(csrf()), 422);
        assertThat(refused).contains("Een gekozen reactie hoort niet bij dit traject.", "href=\"#inputs\"",
                "id=\"kies-" + mine + "\" value=\"" + mine + "\" checked", "value=\"Een buurtkamer\"")
                .doesNotContain(otherProcess.toString());
        String foreign = body(filled(post(form)).param("inputs", otherCollaboration.toString())
                .with(as(world.coordinatorEmail())).with(csrf()), 422);
        assertThat(foreign).contains("Een gekozen reactie hoort niet bij dit traject.")
                .doesNotContain(otherCollaboration.toString(), code(otherWorld, otherCollaboration));
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
    }

    @Test
    void showsEachMissingFieldNextToItAndKeepsTheCheckedInputs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID mine = anInput(world, process, "Een bankje", 1);
        String page = body(post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", world.collaboration().slug(), process)
                .param("actie", "opslaan").param("title", "  ").param("inputs", mine.toString())
                .with(as(world.professionalEmail())).with(csrf()), 422);
        assertThat(page).contains("Geef het besluit een titel.", "aria-describedby=\"title-hint title-fout\"",
                "id=\"kies-" + mine + "\" value=\"" + mine + "\" checked");
        String future = body(filled(post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", world.collaboration().slug(), process),
                today().plusDays(1)).with(as(world.professionalEmail())).with(csrf()), 422);
        assertThat(future).contains("De datum van het besluit ligt in de toekomst.");
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).isEmpty();
    }

    @Test
    void aDelayNeedsItsReasonAndTheReasonIsShownHonestlyToEveryone() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = intake.capture(world.collaboration().id(), process, new NewInput("Meer bankjes", Channel.PAPER,
                today().minusDays(3), true, new Author("Ans Geheimhouder", "ans@geheim.example", null, null,
                ContactBy.EMAIL, true), world.coordinatorId())).id();
        DecisionId id = decisions.record(world.collaboration().id(), process, new NewDecision("Vijf bankjes",
                "Er komen vijf bankjes.", "Het college", today().minusDays(2), null, List.of(input)),
                world.coordinatorId(), "test");
        String updates = "/beheer/" + world.collaboration().slug() + "/besluiten/" + id + "/updates";

        String refused = body(post(updates).param("state", "DELAYED").param("text", " ").param("date", today().toString())
                .with(as(world.professionalEmail())).with(csrf()), 422);
        assertThat(refused).contains("Schrijf op waarom het besluit vertraagd of gestopt is.", "aria-describedby=\"text-hint text-fout\"");
        assertThat(decisions.find(world.collaboration().id(), id).orElseThrow().updates()).isEmpty();

        MockHttpServletResponse done = mvc.perform(post(updates).param("state", "DELAYED")
                        .param("text", "De leverancier is twee maanden later.").param("date", today().toString())
                        .with(as(world.professionalEmail())).with(csrf())).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).endsWith("/besluiten/" + id + "?bijgewerkt#uitvoering");
        assertThat(decisions.find(world.collaboration().id(), id).orElseThrow().state()).isEqualTo(DecisionState.DELAYED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE collaboration_id = :c AND action = 'decision.update'")
                .param("c", world.collaboration().id()).query(Long.class).single()).isEqualTo(1);

        String publicPage = body(get("/besluiten/{id}", id), 200);
        assertThat(publicPage).contains("Vijf bankjes", "Besloten door Het college", "Vertraagd",
                "De reden: De leverancier is twee maanden later.", "Bij dit besluit telde 1 reactie van inwoners mee.",
                "href=\"/trajecten/" + process + "\"", "U krijgt altijd ook een eigen antwoord.")
                .doesNotContain("Ans Geheimhouder", "ans@geheim.example", code(world, input));
        body(get("/besluiten/{id}", UUID.randomUUID()), 404);
    }

    @Test
    void aViewerReadsDecisionsButCannotRecordOrUpdateThem() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        DecisionId id = decisions.record(world.collaboration().id(), process, new NewDecision("Vijf bankjes",
                "Er komen vijf bankjes.", "Het college", today(), null, List.of()), world.coordinatorId(), "test");
        String slug = world.collaboration().slug();

        assertThat(body(get("/beheer/{slug}/besluiten/{id}", slug, id.value()).with(as(world.viewerEmail())), 200))
                .contains("Vijf bankjes").doesNotContain("Nieuws opslaan");
        body(get("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, process).with(as(world.viewerEmail())), 403);
        body(filled(post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, process))
                .with(as(world.viewerEmail())).with(csrf()), 403);
        body(post("/beheer/{slug}/besluiten/{id}/updates", slug, id.value()).param("state", "DONE")
                .param("date", today().toString()).with(as(world.viewerEmail())).with(csrf()), 403);
        assertThat(decisions.ofProcess(world.collaboration().id(), process)).hasSize(1)
                .allSatisfy(d -> assertThat(d.updates()).isEmpty());
    }

    @Test
    void theFollowPageShowsTheDecisionAndSaysTheInputKeepsItsOwnAnswer() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, "Meer bankjes", 1);
        DecisionId id = decisions.record(world.collaboration().id(), process, new NewDecision("Vijf bankjes",
                "Er komen vijf bankjes.", "Het college", today(), null, List.of(input)), world.coordinatorId(), "test");

        String follow = body(get("/volg/" + code(world, input)), 200);
        assertThat(follow).contains("Besluiten over uw inbreng", "href=\"/besluiten/" + id + "\"", "Vijf bankjes",
                "Gepland", "u krijgt daarnaast altijd een eigen antwoord");
        String unlinked = body(get("/volg/" + code(world, anInput(world, process, "Iets anders", 1))), 200);
        assertThat(unlinked).doesNotContain("Besluiten over uw inbreng");
    }

    @Test
    void hostileTextIsRefusedWhenTooLongAndEscapedEverywhereElse() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        UUID input = anInput(world, process, "Meer bankjes", 1);
        String form = "/beheer/" + world.collaboration().slug() + "/trajecten/" + process + "/besluiten/nieuw";
        String huge = "x".repeat(64 * 1024);

        String tooLong = body(post(form).param("actie", "opslaan").param("title", "Lang").param("decidedBy", "Het college")
                .param("decidedOn", today().toString()).param("text", huge).with(as(world.professionalEmail())).with(csrf()), 422);
        assertThat(tooLong).contains("De tekst is te lang.");
        body(post(form).param("actie", "zoeken").param("zoek", huge + "%_\\'\u0000")
                .with(as(world.professionalEmail())).with(csrf()), 200);
        body(get(form).param("zoek", "%").param("status", "NIET_BESTAAND").with(as(world.professionalEmail())), 200);

        String script = "<script>alert(1)</script>";
        String rtl = "\u202Eשלום";
        mvc.perform(post(form).param("actie", "opslaan").param("title", script + " =HYPERLINK(\"http://x\")")
                .param("text", rtl + " " + script).param("decidedBy", "<b>college</b>")
                .param("decidedOn", today().toString()).param("reasons", "\"><img src=x onerror=alert(1)>")
                .param("inputs", input.toString()).with(as(world.professionalEmail())).with(csrf()));
        PublicDecision stored = decisions.ofProcess(world.collaboration().id(), process).getFirst();
        for (String page : List.of(body(get("/besluiten/{id}", stored.id().value()), 200),
                body(get("/beheer/{slug}/besluiten/{id}", world.collaboration().slug(), stored.id().value())
                        .with(as(world.viewerEmail())), 200),
                body(get("/volg/" + code(world, input)), 200))) {
            assertThat(page).doesNotContain(script, "<b>college</b>", "<img src=x").contains("&lt;script&gt;");
        }
    }

    @Test
    void theDecisionFormNeedsTheSameFewQueriesForTwoThousandInputs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID small = fixtures.aProcess(world);
        List<UUID> few = List.of(anInput(world, small, "Bankje 1", 1), anInput(world, small, "Bankje 2", 1));
        UUID large = fixtures.aProcess(world);
        UUID seed = anInput(world, large, "Bankje zoveel", 1);
        jdbc.sql("""
                INSERT INTO input (id, collaboration_id, process_id, follow_code, text, channel, received_on, answer_due,
                                   publish, contact_by, status, created_at)
                SELECT gen_random_uuid(), collaboration_id, process_id,
                       translate(upper(substr(md5(random()::text || g), 1, 8)), '01', '23'), text || ' ' || g, channel,
                       received_on, answer_due, publish, contact_by,
                       CASE WHEN g % 3 = 0 THEN 'ADOPTED' ELSE 'RECEIVED' END, created_at
                FROM input, generate_series(1, 1999) g WHERE id = :seed
                """).param("seed", seed).update();
        List<UUID> many = jdbc.sql("SELECT id FROM input WHERE process_id = :p ORDER BY seq LIMIT 300")
                .param("p", large).query(UUID.class).list();
        String slug = world.collaboration().slug();

        long smallPage = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, small)
                .with(as(world.professionalEmail())));
        long largePage = PageQueries.fewest(mvc, () -> get("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, large)
                .param("zoek", "zoveel 1").param("status", "RECEIVED").with(as(world.professionalEmail())));
        long manyChosen = PageQueries.fewest(mvc, () -> post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, large)
                .param("actie", "zoeken").param("inputs", many.stream().map(UUID::toString).toArray(String[]::new))
                .with(as(world.professionalEmail())).with(csrf()));
        long fewChosen = PageQueries.fewest(mvc, () -> post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, small)
                .param("actie", "zoeken").param("inputs", few.stream().map(UUID::toString).toArray(String[]::new))
                .with(as(world.professionalEmail())).with(csrf()));
        assertThat(largePage).isEqualTo(smallPage).isLessThanOrEqualTo(12);
        assertThat(manyChosen).isEqualTo(fewChosen);

        long start = System.nanoTime();
        String page = body(get("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, large)
                .with(as(world.professionalEmail())), 200);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for the form over 2,000 inputs").isLessThan(2_000);
        assertThat(page).contains("Er is meer inbreng gevonden dan hier staat.", "Overgenomen (666)");
        assertThat(page.split("name=\"inputs\"", -1)).as("checkboxes shown at once").hasSize(51);

        // "All inputs with status X" links all 666 adopted inputs in one go.
        mvc.perform(filled(post("/beheer/{slug}/trajecten/{id}/besluiten/nieuw", slug, large))
                .param("allWithStatus", "ADOPTED").with(as(world.professionalEmail())).with(csrf()));
        assertThat(decisions.ofProcess(world.collaboration().id(), large).getFirst().inputCount()).isEqualTo(666);
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return filled(request, nl.samenspraak.TestClock.today());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, java.time.LocalDate decidedOn) {
        return request.param("actie", "opslaan").param("title", "Een buurtkamer").param("text", "Er komt een buurtkamer.")
                .param("decidedBy", "Het college").param("decidedOn", decidedOn.toString());
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private String code(Fixtures.World world, UUID input) {
        return stored(world, input).followCode().display();
    }
}
