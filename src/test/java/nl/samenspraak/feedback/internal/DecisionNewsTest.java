package nl.samenspraak.feedback.internal;

import static nl.samenspraak.feedback.internal.Authors.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.QueryCounter;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionChanged;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.FeedbackLoop;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.feedback.NoticeKind;
import nl.samenspraak.feedback.Notifications;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.FeedbackStatus;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.ResidentIdentity;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Authors of the inputs a decision answers hear of it, and of every change, exactly once in the
 * channel they chose, with a link that stops the news for that process (but not their answer).
 */
class DecisionNewsTest extends IntegrationTest {

    private static final Pattern STOP_LINK = Pattern.compile("/nieuws-stoppen/([A-Za-z0-9_-]{20,})");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews inputs;
    @Autowired DecisionBook decisions;
    @Autowired FeedbackLoop feedback;
    @Autowired Notifications notifications;
    @Autowired DecisionNews news;
    @Autowired List<PersonalDataHolder> holders;
    @Autowired JdbcClient jdbc;

    @Test
    void everyAuthorHearsOfTheDecisionInTheirOwnChannelWithItsLinksAndNobodyElsesData() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String ansMail = Authors.uniqueEmail();
        String keesMail = Authors.uniqueEmail();
        Input ans = received(process, "Meer bankjes bij de vijver", Authors.byEmail("Ans de Vries", ansMail));
        Input kees = received(process, "Een bankje bij de bushalte", Authors.byEmail("Kees Bakker", keesMail));
        Input piet = received(process, "Bankjes met leuning", Authors.byPost("Piet Jansen", "Kerkweg 12\n1234 CD Dorp"));
        Input fatima = received(process, "Schaduw bij de bankjes", Authors.byPhone("Fatima Amrani", "0612345678"));
        Input silent = received(process, "Bankjes graag", new Author("Stil", "stil-" + UUID.randomUUID() + "@example.org",
                null, null, ContactBy.NONE, true));
        feedback.answer(c, kees.id(), FeedbackStatus.ADOPTED, "Het bankje komt er.", world.coordinatorId(), "test");

        DecisionId decision = decisions.record(c, process, new NewDecision("Tien nieuwe bankjes in het park",
                "Er komen tien bankjes langs het pad en bij de vijver. <script>alert(1)</script> مقاعد", "college van B&W",
                today(), "Veel ouderen vroegen erom.", List.of(ans.id(), kees.id(), piet.id(), fatima.id(), silent.id())),
                world.coordinatorId(), "test");

        MimeMessage toAns = eventually().until(() -> decisionMailsTo(ansMail), m -> m.size() == 1).getFirst();
        String body = (String) toAns.getContent();
        assertThat(toAns.getSubject()).isEqualTo("Er is een besluit over uw inbreng: Tien nieuwe bankjes in het park");
        assertThat(body).contains("Beste Ans de Vries,", "Tien nieuwe bankjes in het park",
                "Er komen tien bankjes langs het pad en bij de vijver.", "Besloten door college van B&W",
                "het werk moet nog beginnen", "U krijgt ook nog een eigen antwoord op uw inbreng, uiterlijk op",
                "/besluiten/" + decision.value(), "/volg/" + ans.followCode().display(),
                "Wilt u geen nieuws meer over besluiten bij dit traject?", "/nieuws-stoppen/",
                "In English:", "/besluiten/" + decision.value() + "?lang=en");
        assertThat(toAns.getContentType()).as("plain text: nothing typed becomes markup").startsWith("text/plain");
        assertThat(body).contains("<script>alert(1)</script> مقاعد");
        assertThat(body).doesNotContain("Kees", keesMail, kees.followCode().display(), "Piet", "Fatima",
                "Meer bankjes bij de vijver");
        String keesBody = (String) eventually().until(() -> decisionMailsTo(keesMail), m -> m.size() == 1).getFirst()
                .getContent();
        assertThat(keesBody).contains("U kreeg al een eigen antwoord op uw inbreng.").doesNotContain("Ans", ansMail);
        assertThat(stopToken(body)).isNotEqualTo(stopToken(keesBody));

        eventually().until(() -> decisionNotices(piet.id()) == 1 && decisionNotices(fatima.id()) == 1);
        String letter = noticeMessage(piet.id());
        assertThat(letter).contains("Tien nieuwe bankjes in het park", "/besluiten/" + decision.value(), "/nieuws-stoppen/");
        String call = noticeMessage(fatima.id());
        assertThat(call).as("a call cannot read out a link").contains("Tien nieuwe bankjes in het park")
                .doesNotContain("/nieuws-stoppen/");
        assertThat(notifications.of(c, silent.id())).isEmpty();
        assertThat(storedTokenHashes(ans.id())).as("only the token's hash is kept").hasSize(1)
                .noneMatch(hash -> body.contains(hash));
    }

    @Test
    void theSameChangeDeliveredAgainOrTwiceAtOnceTellsEachAuthorOnceAndANewUpdateTellsThemAgain() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String email = Authors.uniqueEmail();
        Input ans = received(process, "Meer licht op het fietspad", Authors.byEmail("Ans de Vries", email));
        Input piet = received(process, "Lantaarns bij de brug", Authors.byPost("Piet Jansen", "Brugweg 3\n1234 CD Dorp"));
        DecisionId decision = decisions.record(c, process, new NewDecision("Lampen langs het fietspad",
                "Er komen twintig lampen.", "college van B&W", today(), null, List.of(ans.id(), piet.id())),
                world.coordinatorId(), "test");
        eventually().until(() -> decisionNotices(ans.id()) == 1 && decisionNotices(piet.id()) == 1);

        DecisionChanged again = new DecisionChanged(c, process, decision, 0);
        List<Callable<Void>> twice = List.of(() -> { news.tell(again); return null; }, () -> { news.tell(again); return null; });
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (var done : pool.invokeAll(twice)) {
                done.get();
            }
        }
        news.tell(again);
        assertThat(decisionNotices(ans.id())).isEqualTo(1);
        assertThat(decisionNotices(piet.id())).isEqualTo(1);
        assertThat(storedTokenHashes(ans.id())).as("a link only for a notice that was made").hasSize(1);

        decisions.update(c, decision, DecisionState.DELAYED, "De leverancier kan pas in het voorjaar leveren.",
                today(), world.coordinatorId(), "test");
        List<MimeMessage> mails = eventually().until(() -> decisionMailsTo(email), m -> m.size() == 2);
        MimeMessage update = mails.stream().filter(m -> subject(m).startsWith("Nieuws over het besluit")).findFirst()
                .orElseThrow();
        assertThat((String) update.getContent()).contains("het duurt langer dan gepland", "De reden:",
                "De leverancier kan pas in het voorjaar leveren.");
        eventually().until(() -> decisionNotices(piet.id()) == 2);
    }

    @Test
    void theStopLinkChangesNothingWhenOpenedAndStopsOnlyDecisionNewsForThatProcess() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String email = Authors.uniqueEmail();
        String otherEmail = Authors.uniqueEmail();
        Input first = received(process, "Een zebrapad bij school", Authors.byEmail("Ans de Vries", email));
        Input second = received(process, "Een drempel in de straat", Authors.byEmail("Ans de Vries", email));
        Input other = received(process, "Een klaar-over bij school", Authors.byEmail("Kees Bakker", otherEmail));
        UUID otherProcess = fixtures.aProcess(world);
        Input elsewhere = received(otherProcess, "Een bankje in het park", Authors.byEmail("Ans de Vries", email));
        DecisionId decision = decisions.record(c, process, new NewDecision("Veilig naar school",
                "Er komt een zebrapad.", "college van B&W", today(), null, List.of(first.id(), other.id())),
                world.coordinatorId(), "test");
        String token = stopToken((String) eventually().until(() -> decisionMailsTo(email), m -> m.size() == 1)
                .getFirst().getContent());

        mvc.perform(get("/nieuws-stoppen/{t}", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Geen nieuws meer over dit traject"),
                        Matchers.containsString("Ja, stop het nieuws"), Matchers.not(Matchers.containsString("Ans")),
                        Matchers.not(Matchers.containsString(email)))));
        assertThat(stops(c)).as("opening the link (a mail scanner does) changes nothing").isZero();

        mvc.perform(post("/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/nieuws-stoppen/gestopt"));
        mvc.perform(post("/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther());
        mvc.perform(get("/nieuws-stoppen/gestopt")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U krijgt geen nieuws meer over dit traject")));
        mvc.perform(get("/nieuws-stoppen/{t}", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U krijgt al geen nieuws meer over dit traject.")));
        assertThat(stops(c)).as("both her inputs in this process, not her input elsewhere").isEqualTo(2);

        DecisionId later = decisions.record(c, process, new NewDecision("Een drempel in de Schoolstraat",
                "Er komt een drempel.", "college van B&W", today(), null, List.of(second.id(), other.id())),
                world.coordinatorId(), "test");
        decisions.update(c, decision, DecisionState.IN_PROGRESS, "Het zebrapad wordt geschilderd.", today(),
                world.coordinatorId(), "test");
        eventually().until(() -> decisionMailsTo(otherEmail), m -> m.size() == 3);
        DecisionId elsewhereDecision = decisions.record(c, otherProcess, new NewDecision("Bankjes in het park",
                "Er komen bankjes.", "college van B&W", today(), null, List.of(elsewhere.id())), world.coordinatorId(), "test");
        eventually().until(() -> decisionNotices(elsewhere.id()) == 1);
        assertThat(decisionNotices(first.id())).as("no more news about this process").isEqualTo(1);
        assertThat(decisionNotices(second.id())).isZero();
        assertThat(later).isNotEqualTo(elsewhereDecision);

        feedback.answer(c, first.id(), FeedbackStatus.ADOPTED, "Het zebrapad komt er.", world.coordinatorId(), "test");
        eventually().until(() -> notifications.of(c, first.id()).stream().anyMatch(n -> n.kind() == NoticeKind.ANSWER));

        mvc.perform(get("/nieuws-stoppen/{t}", "onbekend-" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Deze link werkt niet")));
        mvc.perform(post("/nieuws-stoppen/{t}", "x".repeat(65_536)).with(csrf())).andExpect(status().isNotFound());
        jdbc.sql("UPDATE decision_news_link SET expires_at = now() - interval '1 day' WHERE input_id = :i")
                .param("i", first.id()).update();
        mvc.perform(get("/nieuws-stoppen/{t}", token)).andExpect(status().isNotFound());
    }

    @Test
    void anErasedAuthorIsToldNothingAndTheirStopsAreInTheExportUntilErased() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String email = Authors.uniqueEmail();
        Input input = received(process, "Een speeltuin op het plein", Authors.byEmail("Ans de Vries", email));
        DecisionId decision = decisions.record(c, process, new NewDecision("Een speeltuin", "Er komt een speeltuin.",
                "college van B&W", today(), null, List.of(input.id())), world.coordinatorId(), "test");
        String token = stopToken((String) eventually().until(() -> decisionMailsTo(email), m -> m.size() == 1)
                .getFirst().getContent());
        mvc.perform(post("/nieuws-stoppen/{t}", token).with(csrf())).andExpect(status().isSeeOther());

        ResidentIdentity who = new ResidentIdentity(c, UUID.randomUUID(), email, null);
        DecisionNewsPersonalData holder = holders.stream().filter(DecisionNewsPersonalData.class::isInstance)
                .map(DecisionNewsPersonalData.class::cast).findFirst().orElseThrow();
        List<PersonalDataSection> export = holder.export(who);
        assertThat(export).extracting(PersonalDataSection::titleKey)
                .containsExactly("feedback.privacy.newsStops", "feedback.privacy.newsLinks");
        assertThat(export.getFirst().records().getFirst().fields())
                .anySatisfy(f -> assertThat(f.value()).isEqualTo(input.followCode().display()));

        for (PersonalDataHolder h : holders) {
            h.erase(who);
        }
        assertThat(holder.export(who)).isEmpty();
        assertThat(storedTokenHashes(input.id())).isEmpty();
        mvc.perform(get("/nieuws-stoppen/{t}", token)).andExpect(status().isNotFound());

        decisions.update(c, decision, DecisionState.DONE, "De speeltuin is open.", today(), world.coordinatorId(), "test");
        news.tell(new DecisionChanged(c, process, decision, 1));
        assertThat(decisionNotices(input.id())).as("only the first notice, before she was erased").isEqualTo(1);
    }

    @Test
    void readsInputsAndContactsInBulkWhateverTheNumberOfAuthors() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        long few = statementsToTell(world, c, process, 3);
        long many = statementsToTell(world, c, process, 13);
        // Per author only the writes of one notice: lock, check, outbox mail, notification, stop link.
        assertThat(many - few).isLessThanOrEqualTo(10 * 5);
    }

    private long statementsToTell(Fixtures.World world, UUID c, UUID process, int authors) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < authors; i++) {
            ids.add(received(process, "Inbreng " + i, Authors.byEmail("Inwoner " + i, Authors.uniqueEmail())).id());
        }
        DecisionId decision = decisions.record(c, process, new NewDecision("Besluit voor " + authors,
                "Tekst.", "college van B&W", today(), null, ids), world.coordinatorId(), "test");
        eventually().until(() -> ids.stream().allMatch(id -> decisionNotices(id) == 1));
        // The outbox relay marks these notices sent in its own transactions; deleting them while it does
        // can deadlock, so wait until every mail (receipts too) has gone out.
        eventually().until(() -> unsentNotices(ids) == 0);
        jdbc.sql("DELETE FROM notification WHERE input_id IN (:ids)").param("ids", ids).update();
        long before = QueryCounter.statementsOnThisThread();
        news.tell(new DecisionChanged(c, process, decision, 0));
        long used = QueryCounter.statementsOnThisThread() - before;
        assertThat(ids).allMatch(id -> decisionNotices(id) == 1);
        return used;
    }

    private Input received(UUID process, String text, Author author) {
        var receipt = intake.receiveOnline(process, text, true, author);
        return inputs.findAll(inputsCollaboration(process), List.of(receipt.id())).get(receipt.id());
    }

    private UUID inputsCollaboration(UUID process) {
        return jdbc.sql("SELECT collaboration_id FROM process WHERE id = :p").param("p", process).query(UUID.class).single();
    }

    private int unsentNotices(List<UUID> inputIds) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE input_id IN (:ids) AND done_at IS NULL")
                .param("ids", inputIds).query(Integer.class).single();
    }

    private int decisionNotices(UUID inputId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE input_id = :i AND kind = 'DECISION'")
                .param("i", inputId).query(Integer.class).single();
    }

    private String noticeMessage(UUID inputId) {
        return jdbc.sql("SELECT message FROM notification WHERE input_id = :i AND kind = 'DECISION'")
                .param("i", inputId).query(String.class).single();
    }

    private List<String> storedTokenHashes(UUID inputId) {
        return jdbc.sql("SELECT encode(token_hash, 'hex') FROM decision_news_link WHERE input_id = :i")
                .param("i", inputId).query(String.class).list();
    }

    private int stops(UUID c) {
        return jdbc.sql("SELECT count(*) FROM decision_news_stop WHERE collaboration_id = :c").param("c", c)
                .query(Integer.class).single();
    }

    private static String stopToken(String body) {
        Matcher m = STOP_LINK.matcher(body);
        assertThat(m.find()).as("a stop link in " + body).isTrue();
        return m.group(1);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    /** Mails about decisions only: other mails (a receipt, an answer) may go to the same author. */
    private List<MimeMessage> decisionMailsTo(String email) {
        return Arrays.stream(MAIL_SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email))
                        && (subject(m).startsWith("Er is een besluit") || subject(m).startsWith("Nieuws over het besluit"));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
