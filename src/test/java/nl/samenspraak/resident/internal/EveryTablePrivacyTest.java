package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingPrivacyFixtures;
import nl.samenspraak.pool.PoolPrivacyFixtures;
import nl.samenspraak.reimbursement.ReimbursementFixtures;
import nl.samenspraak.resident.ResidentFixtures;
import nl.samenspraak.resident.Residents;
import nl.samenspraak.vision.VisionPrivacyFixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The privacy bar across every module: a resident with a row in every table that can hold one
 * about them finds all of it in their export, and after erasure no table holds their name,
 * e-mail address, phone number, postal address, bank account or what they told about their needs.
 * A table added later with a {@code resident_id} fails here until its module exports it.
 */
class EveryTablePrivacyTest extends IntegrationTest {

    /** Tables that hold rows about a resident without a {@code resident_id} column, found through their contact details. */
    private static final List<String> CONTACT_TABLES = List.of("input_contact", "notification", "outbox_mail");

    /** The export section that shows each table's rows. */
    private static final Map<String, String> SECTION_OF_TABLE = Map.ofEntries(
            Map.entry("resident", "resident.privacy.section.contact"),
            Map.entry("resident_demographics", "resident.privacy.section.demographics"),
            Map.entry("resident_participation", "resident.privacy.section.participation"),
            Map.entry("resident_message", "resident.privacy.section.messages"),
            Map.entry("resident_link", "resident.privacy.section.links"),
            Map.entry("meeting_registration", "meeting.privacy.registrations"),
            Map.entry("pool_member", "pool.data.membership"),
            Map.entry("reimbursement_claim", "reimbursement.data.claims"),
            Map.entry("input_contact", "input.privacy.title"),
            Map.entry("notification", "feedback.privacy.notifications"),
            Map.entry("outbox_mail", "resident.privacy.section.mails"),
            Map.entry("roles_holding", "roles.privacy.title"),
            Map.entry("vision_comment", "vision.privacy.comments"),
            Map.entry("vision_invitation", "vision.privacy.invitations"));

    /** Rows that hang below a membership or claim, each with its own section. */
    private static final List<String> DEPENDENT_SECTIONS = List.of("pool.data.consents", "pool.data.invitations",
            "pool.data.commitments", "reimbursement.data.receipts");

    @Autowired Fixtures fixtures;
    @Autowired Residents residents;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired JdbcClient jdbc;

    private ResidentFixtures residentFixtures;

    @BeforeEach
    void residentFixtures() {
        residentFixtures = new ResidentFixtures(context);
    }

    @Test
    void aResidentWithRecordsInEveryTableIsExportedCompletelyAndErasedWithoutTrace() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var person = new PrivacyFixtures(context).aResidentWithRecordsEverywhere(world);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String needs = "Ik kom met de rolstoelbus " + unique;
        String poolNote = "Ik neem mijn buurvrouw mee " + unique;
        String iban = aUniqueIban();
        UUID process = fixtures.aProcess(world);
        MeetingPrivacyFixtures.aRegistrationWithNeedsAndAttendance(context, world, process, person.id(), needs);
        PoolPrivacyFixtures.aMembershipWithConsentsLimitsInvitationAndCommitment(context, world, person.id(), poolNote);
        nl.samenspraak.roles.RolesRoleCases.aResidentHolder(mvc, jdbc, world.collaboration().slug(), c, person.id(),
                as(world.coordinatorEmail()), today().minusMonths(1));
        ReimbursementFixtures.aTicketWithReceipt(context, c, person.id(), iban, person.name(), today().minusDays(2));
        String visionProposal = "Iedereen praat mee, ook mijn buren " + unique;
        VisionPrivacyFixtures.anInvitationAndAComment(context, world, person.id(), "Voornaam" + unique, visionProposal);
        UUID input = intake.capture(c, process, new NewInput("Een bankje bij de bushalte " + unique, Channel.PHONE,
                today().minusDays(3), false, new Author(person.name(), person.email(), null, null, ContactBy.EMAIL,
                true), world.coordinatorId())).id();
        feedback.answer(c, input, FeedbackStatus.ADOPTED, "Het bankje komt er.", world.coordinatorId(), "test");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> rowsAbout("notification", person, input) > 0);
        String token = residentFixtures.privacyLinkOf(c, person.id());

        String json = mvc.perform(get("/mijn-gegevens/{t}/download.json", token)).andReturn().getResponse()
                .getContentAsString();

        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tablesAboutResidents()) {
            rows.put(table, rowsAbout(table, person, input));
        }
        assertThat(rows).as("the resident has rows in every table that can hold them").allSatisfy((table, n) ->
                assertThat(n).as(table).isPositive());
        assertThat(SECTION_OF_TABLE).as("an export section for every table").containsKeys(rows.keySet().toArray(String[]::new));
        for (String table : rows.keySet()) {
            assertThat(json).as("the export shows " + table).contains("\"key\" : \"" + SECTION_OF_TABLE.get(table) + "\"");
        }
        for (String section : DEPENDENT_SECTIONS) {
            assertThat(json).as("the export shows " + section).contains("\"key\" : \"" + section + "\"");
        }
        for (String value : List.of(person.name(), person.email(), person.phone(), "Dorpsstraat", iban, needs, poolNote,
                "Een bankje bij de bushalte " + unique, "Het bankje komt er.", "kaartje.png", visionProposal)) {
            assertThat(json).as("the export holds " + value).contains(value);
        }

        assertThat(mvc.perform(post("/mijn-gegevens/{t}/wissen", token).param("confirm", "ja").with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/mijn-gegevens/gewist");

        assertThat(rowsHolding(List.of(person.name(), person.email(), person.phone(), person.address(), iban, needs,
                poolNote, visionProposal, "Voornaam" + unique))).as("rows that still identify the erased resident").isEmpty();
        assertThat(residents.find(c, person.id()).orElseThrow().erased()).isTrue();
    }

    /** Every table with a {@code resident_id} column, and the tables found through contact details. */
    private List<String> tablesAboutResidents() {
        List<String> tables = new ArrayList<>(jdbc.sql("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
                WHERE c.column_name = 'resident_id' AND c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                ORDER BY c.table_name
                """).query(String.class).list());
        tables.add("resident");
        tables.addAll(CONTACT_TABLES);
        return tables;
    }

    private long rowsAbout(String table, PrivacyFixtures.Person person, UUID input) {
        String where = switch (table) {
            case "resident" -> "id = :r";
            case "input_contact" -> "lower(email) = lower(:e)";
            case "notification" -> "input_id = :i";
            case "outbox_mail" -> "lower(recipient) = lower(:e)";
            default -> "resident_id = :r";
        };
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + where)
                .param("r", person.id()).param("e", person.email()).param("i", input).query(Long.class).single();
    }

    /** Every row of every table whose text holds one of the values. */
    private List<String> rowsHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name").query(String.class).list();
        for (String table : tables) {
            for (String value : values) {
                long n = jdbc.sql("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE :p")
                        .param("p", "%" + value.replace("%", "\\%").replace("_", "\\_") + "%").query(Long.class).single();
                if (n > 0) {
                    found.add(table + " holds " + value);
                }
            }
        }
        return found;
    }

    /** A valid Dutch IBAN no other test uses, so finding it anywhere after erasure means it was left behind. */
    private static String aUniqueIban() {
        String bban = "ABNA" + String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        StringBuilder digits = new StringBuilder();
        for (char ch : (bban + "NL00").toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return "NL" + String.format("%02d", check) + bban;
    }
}
