package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.resident.Resident;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The quality bar "privacy": a resident's export holds everything stored about them, and after
 * erasure no row anywhere identifies them, in every table, also tables added later.
 */
class PrivacyTest extends IntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    private static final Pattern LINK = Pattern.compile("/mijn-gegevens/([A-Za-z0-9_-]{20,})");
    /** Tables that keep rows about a resident, and the export section that must show them. */
    private static final Map<String, String> SECTION_OF_TABLE = Map.of(
            "resident", "resident.privacy.section.contact",
            "resident_demographics", "resident.privacy.section.demographics",
            "resident_participation", "resident.privacy.section.participation",
            "resident_message", "resident.privacy.section.messages",
            "resident_link", "resident.privacy.section.links");

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired InputViews inputViews;
    @Autowired JdbcClient jdbc;

    @Test
    void exportHoldsEveryStoredRecordAndErasureLeavesNothingThatIdentifiesTheResident() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var person = new PrivacyFixtures(context).aResidentWithRecordsEverywhere(world);
        UUID process = fixtures.aProcess(world);
        UUID owed = intake.capture(c, process, new NewInput("Meer bankjes bij de bieb", Channel.PHONE,
                today().minusDays(30), true, new Author(person.name(), person.email().toUpperCase(), null,
                person.phone(), ContactBy.EMAIL, true), world.coordinatorId())).id();
        UUID answered = intake.capture(c, process, new NewInput("Een wandelgroep", Channel.MEETING,
                today().minusDays(3), false, new Author(person.name(), person.email(), null, null,
                ContactBy.EMAIL, true), world.coordinatorId())).id();
        feedback.answer(c, answered, FeedbackStatus.ADOPTED, "Er komt een wandelgroep.", world.coordinatorId(), "test");
        String token = requestLink(person.email());

        MockHttpServletResponse page = mvc.perform(get("/mijn-gegevens/{t}", token)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String json = mvc.perform(get("/mijn-gegevens/{t}/download.json", token)).andReturn().getResponse()
                .getContentAsString();
        String html = mvc.perform(get("/mijn-gegevens/{t}/download.html", token)).andReturn().getResponse()
                .getContentAsString();
        for (String table : tablesWithColumn("resident_id")) {
            long rows = jdbc.sql("SELECT count(*) FROM " + table + " WHERE resident_id = :r").param("r", person.id())
                    .query(Long.class).single();
            if (rows > 0) {
                assertThat(SECTION_OF_TABLE).as("export section for table " + table).containsKey(table);
                assertThat(json).as("JSON export shows " + table).contains("\"key\" : \"" + SECTION_OF_TABLE.get(table) + "\"");
            }
        }
        for (String value : List.of(person.name(), person.email(), person.phone(), "Dorpsstraat", "Meer bankjes bij de bieb",
                "Een wandelgroep", "Er komt een wandelgroep.", "Uw brief", "45 tot en met 64 jaar", "7311")) {
            assertThat(json).as("JSON export").contains(value);
            assertThat(html).as("HTML export").contains(value);
            assertThat(page.getContentAsString()).as("data page").contains(value);
        }

        MockHttpServletResponse unconfirmed = mvc.perform(post("/mijn-gegevens/{t}/wissen", token).with(csrf()))
                .andReturn().getResponse();
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(unconfirmed.getContentAsString()).contains("Zet een vinkje");
        assertThat(residents.find(c, person.id()).orElseThrow().erased()).isFalse();

        assertThat(mvc.perform(post("/mijn-gegevens/{t}/wissen", token).param("confirm", "ja").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/mijn-gegevens/gewist");

        Resident tombstone = residents.find(c, person.id()).orElseThrow();
        assertThat(tombstone.erased()).isTrue();
        assertThat(List.of(String.valueOf(tombstone.name()), String.valueOf(tombstone.email()),
                String.valueOf(tombstone.phone()), String.valueOf(tombstone.postalAddress()))).containsOnly("null");
        assertThat(rowsIdentifying(person)).as("rows that still identify the erased resident").isEmpty();
        assertThat(mvc.perform(get("/mijn-gegevens/{t}", token)).andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(inputViews.find(c, owed).orElseThrow().answerCancelled()).isTrue();
        assertThat(inputViews.find(c, owed).orElseThrow().isOverdue(today().plusDays(60))).isFalse();
        assertThat(inputViews.find(c, answered).orElseThrow().answerCancelled()).isFalse();
        assertThat(inputViews.find(c, owed).orElseThrow().text()).isEqualTo("Meer bankjes bij de bieb");
        assertThat(inputViews.dueSoon(c, null, 100)).extracting(i -> i.id()).doesNotContain(owed);
        String staffPage = mvc.perform(get("/beheer/{slug}/inbreng/{id}", world.collaboration().slug(), owed)
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(staffPage).contains("Antwoord vervallen");
        String list = mvc.perform(get("/beheer/{slug}/trajecten/{id}", world.collaboration().slug(), process)
                .with(as(world.viewerEmail()))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("antwoord vervallen");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = :r AND action = 'resident.erase'")
                .param("r", person.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void askingForALinkAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        var person = new PrivacyFixtures(context).aResidentWithRecordsEverywhere(world);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";

        long started = System.nanoTime();
        MockHttpServletResponse known = ask(person.email());
        long between = System.nanoTime();
        MockHttpServletResponse notKnown = ask(unknown);
        long ended = System.nanoTime();

        // Both answers wait out the same fixed time, so timing them tells nothing about the address.
        assertThat(java.time.Duration.ofNanos(between - started)).isGreaterThanOrEqualTo(PrivacyController.STEADY_ANSWER);
        assertThat(java.time.Duration.ofNanos(ended - between)).isGreaterThanOrEqualTo(PrivacyController.STEADY_ANSWER);

        assertThat(known.getStatus()).isEqualTo(notKnown.getStatus()).isEqualTo(302);
        assertThat(known.getRedirectedUrl()).isEqualTo(notKnown.getRedirectedUrl()).isEqualTo("/mijn-gegevens/verstuurd");
        assertThat(mailsTo(person.email())).anyMatch(body -> LINK.matcher(body).find());
        assertThat(mailsTo(unknown)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM resident WHERE lower(email) = lower(:e)").param("e", unknown)
                .query(Long.class).single()).isZero();
    }

    @Test
    void someoneWhoOnlyGaveAnEmailWithAnInputGetsALinkToTheirInputs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID process = fixtures.aProcess(world);
        String email = "only-input-" + UUID.randomUUID() + "@example.org";
        intake.receiveOnline(process, "Een moestuin achter het buurthuis", false,
                new Author("Fatima", email, null, null, ContactBy.EMAIL, true));

        String token = requestLink(email);

        String page = mvc.perform(get("/mijn-gegevens/{t}", token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Een moestuin achter het buurthuis", "Fatima");
    }

    @Test
    void refusesAMissingOrMalformedAddressInPlainWordsAndSendsNothing() throws Exception {
        MockHttpServletResponse empty = ask("  ");
        MockHttpServletResponse malformed = ask("ans-at-example.org");

        assertThat(empty.getStatus()).isEqualTo(malformed.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("Vul uw e-mailadres in.", "aria-invalid=\"true\"");
        assertThat(malformed.getContentAsString()).contains("Dit e-mailadres klopt niet", "ans-at-example.org");
        assertThat(mailsTo("ans-at-example.org")).isEmpty();
    }

    @Test
    void anUnknownLinkAnswers404WithAFriendlyPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/mijn-gegevens/{t}", "made-up-token-that-never-existed"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Deze link werkt niet");
    }

    private String requestLink(String email) throws Exception {
        assertThat(ask(email).getStatus()).isEqualTo(302);
        // The newest mail with a link: an e-mail author's receipt may reach the outbox at any moment too.
        String body = mailsTo(email).stream().filter(b -> LINK.matcher(b).find()).reduce((first, last) -> last).orElse("");
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a personal link in " + body).isTrue();
        return m.group(1);
    }

    private MockHttpServletResponse ask(String email) throws Exception {
        MockHttpServletRequestBuilder request = post("/mijn-gegevens").param("email", email).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("10.9.0." + ADDRESS.incrementAndGet() % 250);
                    return r;
                });
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<String> mailsTo(String email) {
        return jdbc.sql("SELECT body FROM outbox_mail WHERE lower(recipient) = lower(:e) ORDER BY created_at")
                .param("e", email).query(String.class).list();
    }

    private List<String> tablesWithColumn(String column) {
        return jdbc.sql("SELECT table_name FROM information_schema.columns WHERE column_name = :c"
                        + " AND table_schema = current_schema() ORDER BY table_name")
                .param("c", column).query(String.class).list();
    }

    /** Every row of every table whose text holds the resident's name, e-mail, phone or address. */
    private List<String> rowsIdentifying(PrivacyFixtures.Person person) {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list();
        for (String table : tables) {
            for (String value : List.of(person.name(), person.email(), person.phone(), person.address())) {
                long rows = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE :p")
                        .param("p", "%" + value.replace("%", "\\%").replace("_", "\\_") + "%").query(Long.class).single();
                if (rows > 0) {
                    found.add(table + " holds " + value);
                }
            }
        }
        return found;
    }
}
