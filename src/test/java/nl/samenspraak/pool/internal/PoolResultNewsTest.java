package nl.samenspraak.pool.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionChanged;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.ResidentIdentity;
import nl.samenspraak.resident.Residents;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pool members who want to hear what happens with the results hear of every decision change
 * once, by e-mail, with a link that stops the news about that process; withdrawing the consent
 * stops all of it.
 */
class PoolResultNewsTest extends IntegrationTest {

    private static final Pattern STOP_LINK = Pattern.compile("/inwonerpool/nieuws-stoppen/([A-Za-z0-9_-]{20,})");

    @Autowired Fixtures fixtures;
    @Autowired PoolJoining joining;
    @Autowired MembershipChanges changes;
    @Autowired DecisionBook decisions;
    @Autowired PoolResultNews news;
    @Autowired PoolPersonalData personalData;
    @Autowired Residents residents;
    @Autowired JdbcClient jdbc;

    @Test
    void consentingMembersHearOfEachChangeOnceAndOthersNot() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var ans = joining.join(c, PoolData.byEmail("Ans de Vries"), PoolData.anOpenProfile(), true);
        var kees = joining.join(c, PoolData.byEmail("Kees Bakker"), PoolData.anOpenProfile(), false);
        var left = joining.join(c, PoolData.byEmail("Piet Weg"), PoolData.anOpenProfile(), true);
        changes.withdraw(c, left.memberId(), "test");
        var otherWorld = fixtures.aCollaborationWithStaff();
        var elsewhere = joining.join(otherWorld.collaboration().id(), PoolData.byEmail("Els Anders"),
                PoolData.anOpenProfile(), true);

        DecisionId decision = decisions.record(c, process, new NewDecision("Een buurthuis in de Oosterwijk",
                "Het oude schoolgebouw wordt een buurthuis.", "college van B&W", today(), null, List.of()),
                world.coordinatorId(), "test");

        String ansMail = emailOf(c, ans.residentId());
        MimeMessage mail = eventually().until(() -> newsTo(ansMail), m -> m.size() == 1).getFirst();
        String body = (String) mail.getContent();
        assertThat(mail.getSubject()).isEqualTo("Nieuw besluit: Een buurthuis in de Oosterwijk");
        assertThat(body).contains("Beste Ans de Vries,", "U wilde horen wat er met de uitkomsten gebeurt",
                "Het oude schoolgebouw wordt een buurthuis.", "het werk moet nog beginnen",
                "/besluiten/" + decision.value(), "/inwonerpool/nieuws-stoppen/")
                .doesNotContain("Kees", "Piet", "Els");

        DecisionChanged again = new DecisionChanged(c, process, decision, 0);
        List<Callable<Void>> twice = List.of(() -> { news.tell(again); return null; }, () -> { news.tell(again); return null; });
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var done : pool.invokeAll(twice)) {
                done.get();
            }
        }
        assertThat(told(ans.memberId())).isEqualTo(1);
        assertThat(mailsQueuedTo(ansMail)).as("one mail for the change, whoever handled it").isEqualTo(1);

        decisions.update(c, decision, DecisionState.DELAYED, "De verbouwing begint pas in de zomer.", today(),
                world.coordinatorId(), "test");
        List<MimeMessage> both = eventually().until(() -> newsTo(ansMail), m -> m.size() == 2);
        assertThat(both).anySatisfy(m -> assertThat((String) m.getContent())
                .contains("het duurt langer dan gepland", "De reden:", "De verbouwing begint pas in de zomer."));

        assertThat(told(kees.memberId())).as("no consent to hear about results").isZero();
        assertThat(told(left.memberId())).as("left the pool").isZero();
        assertThat(told(elsewhere.memberId())).as("another collaboration").isZero();
        assertThat(newsTo(emailOf(c, kees.residentId()))).isEmpty();
    }

    @Test
    void membersWhoChosePostOrPhoneHearItInTheLetterBatchOrCallListOnce() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var byPost = joining.join(c, new ResidentDetails("Ans Brief", null, null, "Kerkweg 12\n1234 AB Dorp",
                ContactChannel.POST, "nl"), PoolData.anOpenProfile(), true);
        var byPhone = joining.join(c, new ResidentDetails("Kees Bel", null, "06 1234 5678", null,
                ContactChannel.PHONE, "nl"), PoolData.anOpenProfile(), true);
        int before = messages(byPost.residentId(), "POST");

        DecisionId decision = decisions.record(c, process, new NewDecision("Een buurthuis in de Oosterwijk",
                "Het oude schoolgebouw wordt een buurthuis.", "college van B&W", today(), null, List.of()),
                world.coordinatorId(), "test");

        eventually().until(() -> messages(byPost.residentId(), "POST") == before + 1
                && messages(byPhone.residentId(), "PHONE") >= 1);
        String letter = jdbc.sql("SELECT body FROM resident_message WHERE resident_id = :r AND subject LIKE 'Nieuw besluit%'")
                .param("r", byPost.residentId()).query(String.class).single();
        assertThat(letter).contains("Beste Ans Brief,", "Het oude schoolgebouw wordt een buurthuis.",
                "/besluiten/" + decision.value(), "/inwonerpool/nieuws-stoppen/");
        news.tell(new DecisionChanged(c, process, decision, 0));
        assertThat(messages(byPost.residentId(), "POST")).as("told once per change").isEqualTo(before + 1);
        assertThat(told(byPost.memberId())).isEqualTo(1);
        assertThat(told(byPhone.memberId())).isEqualTo(1);
    }

    private int messages(UUID residentId, String channel) {
        return jdbc.sql("SELECT count(*) FROM resident_message WHERE resident_id = :r AND channel = :ch"
                        + " AND subject LIKE 'Nieuw besluit%'")
                .param("r", residentId).param("ch", channel).query(Integer.class).single();
    }

    @Test
    void theStopLinkStopsNewsAboutThatProcessOnlyAndWithdrawingConsentStopsAll() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        UUID otherProcess = fixtures.aProcess(world);
        var ans = joining.join(c, PoolData.byEmail("Ans de Vries"), PoolData.anOpenProfile(), true);
        String ansMail = emailOf(c, ans.residentId());
        DecisionId decision = decisions.record(c, process, new NewDecision("Meer groen op het plein",
                "Er komen bomen.", "college van B&W", today(), null, List.of()), world.coordinatorId(), "test");
        String token = stopToken((String) eventually().until(() -> newsTo(ansMail), m -> m.size() == 1).getFirst()
                .getContent());

        mvc.perform(get("/inwonerpool/nieuws-stoppen/{t}", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Geen nieuws meer over dit traject"),
                        Matchers.not(Matchers.containsString("Ans")), Matchers.not(Matchers.containsString(ansMail)))));
        assertThat(stops(ans.memberId())).as("opening the link changes nothing").isZero();
        mvc.perform(post("/inwonerpool/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/inwonerpool/nieuws-gestopt"));
        mvc.perform(post("/inwonerpool/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther());
        mvc.perform(get("/inwonerpool/nieuws-gestopt")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U krijgt geen nieuws meer over dit traject")));
        assertThat(stops(ans.memberId())).isEqualTo(1);

        decisions.update(c, decision, DecisionState.IN_PROGRESS, "De bomen zijn besteld.", today(),
                world.coordinatorId(), "test");
        decisions.record(c, otherProcess, new NewDecision("Een nieuwe speeltuin", "Er komt een speeltuin.",
                "college van B&W", today(), null, List.of()), world.coordinatorId(), "test");
        List<MimeMessage> mails = eventually().until(() -> newsTo(ansMail), m -> m.size() == 2);
        assertThat(mails.get(1).getSubject()).as("news of the other process still comes")
                .isEqualTo("Nieuw besluit: Een nieuwe speeltuin");
        news.tell(new DecisionChanged(c, process, decision, 1));
        assertThat(newsTo(ansMail)).hasSize(2);

        var member = joining.join(c, PoolData.byEmail("Kees Bakker"), PoolData.anOpenProfile(), true);
        changes.update(c, member.memberId(), PoolData.anOpenProfile(), true, false, "test");
        decisions.record(c, otherProcess, new NewDecision("Een bankje", "Er komt een bankje.", "college van B&W",
                today(), null, List.of()), world.coordinatorId(), "test");
        eventually().until(() -> newsTo(ansMail), m -> m.size() == 3);
        assertThat(told(member.memberId())).as("consent withdrawn").isZero();

        mvc.perform(get("/inwonerpool/nieuws-stoppen/{t}", "onbekend-" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Deze link werkt niet")));
        mvc.perform(post("/inwonerpool/nieuws-stoppen/{t}", "x".repeat(65_536)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNewsAndStopsAreInTheMembersExportAndGoWithTheMembership() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        var ans = joining.join(c, PoolData.byEmail("Ans de Vries"), PoolData.anOpenProfile(), true);
        String ansMail = emailOf(c, ans.residentId());
        decisions.record(c, process, new NewDecision("Een fietsenstalling", "Er komt een stalling bij het station.",
                "college van B&W", today(), null, List.of()), world.coordinatorId(), "test");
        String token = stopToken((String) eventually().until(() -> newsTo(ansMail), m -> m.size() == 1).getFirst()
                .getContent());
        mvc.perform(post("/inwonerpool/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther());

        ResidentIdentity who = new ResidentIdentity(c, ans.residentId(), ansMail, null);
        List<PersonalDataSection> export = personalData.export(who);
        assertThat(export).extracting(PersonalDataSection::titleKey)
                .contains("pool.data.resultNews", "pool.data.resultNewsStops");
        assertThat(export).filteredOn(s -> s.titleKey().equals("pool.data.resultNews")).singleElement()
                .satisfies(s -> assertThat(s.records().getFirst().fields())
                        .anySatisfy(f -> assertThat(f.value()).isEqualTo("Een fietsenstalling")));

        personalData.erase(who);
        assertThat(told(ans.memberId())).isZero();
        assertThat(stops(ans.memberId())).isZero();
    }

    private String emailOf(UUID c, UUID residentId) {
        return residents.find(c, residentId).orElseThrow().email();
    }

    private int told(UUID memberId) {
        return jdbc.sql("SELECT count(*) FROM pool_result_news WHERE member_id = :m").param("m", memberId)
                .query(Integer.class).single();
    }

    private int stops(UUID memberId) {
        return jdbc.sql("SELECT count(*) FROM pool_result_news_stop WHERE member_id = :m").param("m", memberId)
                .query(Integer.class).single();
    }

    private int mailsQueuedTo(String email) {
        return jdbc.sql("SELECT count(*) FROM outbox_mail WHERE recipient = :r AND subject LIKE 'Nieuw besluit%'")
                .param("r", email).query(Integer.class).single();
    }

    private static String stopToken(String body) {
        Matcher m = STOP_LINK.matcher(body);
        assertThat(m.find()).as("a stop link in " + body).isTrue();
        return m.group(1);
    }

    private static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100));
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    /** Mails about decisions only (the welcome mail goes to the same address), oldest first. */
    private List<MimeMessage> newsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))
                        && (subject(m).startsWith("Nieuw besluit") || subject(m).startsWith("Nieuws over het besluit"));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
