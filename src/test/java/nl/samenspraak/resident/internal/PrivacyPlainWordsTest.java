package nl.samenspraak.resident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.Channel;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.NewInput;
import nl.samenspraak.meeting.MeetingPrivacyFixtures;
import nl.samenspraak.pool.PoolPrivacyFixtures;
import nl.samenspraak.reimbursement.ReimbursementFixtures;
import nl.samenspraak.resident.ResidentFixtures;
import nl.samenspraak.ripple.RippleCases;
import nl.samenspraak.roles.RolesRoleCases;
import nl.samenspraak.vision.VisionPrivacyFixtures;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident with data in every module (also the vision, roles and ripple modules of issue 13) reads it in plain words: the privacy page and both downloads,
 * in Dutch and in English, show no code names (ACTIVE, ELDERLY, THURSDAY), no "true"/"false" and no
 * UTC or ISO timestamps, only dates and Dutch local times in words.
 */
class PrivacyPlainWordsTest extends IntegrationTest {

    /** A code name as Java writes an enum constant. */
    private static final Pattern CODE_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z]{3,}(?:_[A-Z]+)*(?![\\p{L}\\p{N}_-])");
    /** Capitals that are words here: file kinds people know. */
    private static final Set<String> ALLOWED_CAPITALS = Set.of("PDF", "JSON", "HTML", "PNG");
    private static final Pattern BOOLEAN = Pattern.compile("\\b(?:true|false)\\b");
    private static final Pattern ISO_MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}[^\"<]*)?");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;
    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Test
    void thePrivacyPageAndDownloadsShowWordsAndLocalTimesInBothLanguages() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        var person = new PrivacyFixtures(context).aResidentWithRecordsEverywhere(world);
        UUID process = fixtures.aProcess(world);
        MeetingPrivacyFixtures.aRegistrationWithNeedsAndAttendance(context, world, process, person.id(), "Ik kom met de rolstoelbus");
        PoolPrivacyFixtures.aMembershipWithConsentsLimitsInvitationAndCommitment(context, world, person.id(), "Ik neem mijn buurvrouw mee");
        ReimbursementFixtures.aTicketWithReceipt(context, c, person.id(), "NL91ABNA0417164300", person.name(), today().minusDays(2));
        RolesRoleCases.aResidentHolder(mvc, jdbc, world.collaboration().slug(), c, person.id(),
                as(world.coordinatorEmail()), today().minusMonths(1));
        VisionPrivacyFixtures.anInvitationAndAComment(context, world, person.id(), person.name().split(" ")[0],
                "Iedereen praat mee, ook mijn buren");
        RippleCases.withAResident(context, c, process, person.name(), today().minusDays(5));
        UUID input = intake.capture(c, process, new NewInput("Een bankje bij de bushalte", Channel.PHONE,
                today().minusDays(3), false, new Author(person.name(), person.email(), null, null, ContactBy.EMAIL,
                true), world.coordinatorId())).id();
        feedback.answer(c, input, FeedbackStatus.ADOPTED, "Het bankje komt er.", world.coordinatorId(), "test");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notification WHERE input_id = :i").param("i", input).query(Long.class).single() > 0);
        String token = new ResidentFixtures(context).privacyLinkOf(c, person.id());
        String followCode = jdbc.sql("SELECT follow_code FROM input WHERE id = :i").param("i", input).query(String.class).single();

        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            for (String path : List.of("/mijn-gegevens/{t}", "/mijn-gegevens/{t}/download.html", "/mijn-gegevens/{t}/download.json")) {
                String body = mvc.perform(get(path, token).param("lang", lang)).andReturn().getResponse().getContentAsString();
                String text = path.endsWith(".json") ? body : visibleText(body);
                assertThat(text).as(path).contains(person.name(), "Een bankje bij de bushalte",
                        lang.equals("nl") ? "Doet mee" : "Takes part", "Iedereen praat mee, ook mijn buren",
                        "Terugblik met inwoners", "Ik ken nu mijn buren");
                assertThat(text).as(path + ": the role a resident holds, by its name")
                        .contains(messages.getMessage("roles.standard.RESIDENT_MEMBER.name", null, Locale.forLanguageTag(lang)));
                String where = lang + " " + path + ": ";
                Matcher code = CODE_NAME.matcher(text);
                while (code.find()) {
                    if (!ALLOWED_CAPITALS.contains(code.group()) && !followCode.contains(code.group())) {
                        problems.add(where + "code name " + code.group() + " in …" + around(text, code.start()) + "…");
                    }
                }
                Matcher bool = BOOLEAN.matcher(text);
                while (bool.find()) problems.add(where + "raw " + bool.group() + " in …" + around(text, bool.start()) + "…");
                Matcher iso = ISO_MOMENT.matcher(text);
                while (iso.find()) problems.add(where + "timestamp " + iso.group());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }

    /** What a reader sees: no markup, scripts or styles. */
    private static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&nbsp;", " ");
    }
}
