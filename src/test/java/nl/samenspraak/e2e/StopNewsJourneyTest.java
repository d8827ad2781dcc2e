package nl.samenspraak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenspraak.Fixtures;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionState;
import nl.samenspraak.feedback.NewDecision;
import nl.samenspraak.input.Author;
import nl.samenspraak.input.ContactBy;
import nl.samenspraak.input.InputIntake;
import nl.samenspraak.pool.PoolTestData;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident without JavaScript and without a mouse opens the "no more news" link from the mail
 * about a decision, reads what it does, stops the news, and later opens the link again; a link
 * that does not work gets a kind page. Every page is scanned with axe, also 390 px wide.
 */
@BrowserTest.WithoutJavaScript
class StopNewsJourneyTest extends BrowserTest {

    private static final Pattern STOP_LINK = Pattern.compile("/nieuws-stoppen/([A-Za-z0-9_-]{20,})");

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired DecisionBook decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void authorStopsDecisionNewsFromTheLinkInTheMailByKeyboardWithoutJavaScript() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String email = "ans-" + UUID.randomUUID() + "@example.org";
        UUID input = intake.receiveOnline(process, "Meer bankjes in het park", true,
                new Author("Ans de Vries", email, null, null, ContactBy.EMAIL, true)).id();
        var decision = decisions.record(c, process, new NewDecision("Tien nieuwe bankjes", "Er komen tien bankjes.",
                "college van B&W", today(), null, List.of(input)), world.coordinatorId(), "test");
        String token = tokenIn(email, "Er is een besluit%");

        open("/nieuws-stoppen/" + token);
        assertThat(heading()).isEqualTo(message("feedback.stopNews.title"));
        assertThat(pageText()).contains(message("feedback.stopNews.answer")).doesNotContain("Ans", email);
        assertNoAxeViolations();
        assertFitsAPhone();
        assertThat(stops(c)).as("opening the link changes nothing").isZero();

        tabAndEnter(button(message("feedback.stopNews.submit")));
        assertThat(heading()).isEqualTo(message("feedback.stopNews.done.title"));
        assertThat(currentPath()).isEqualTo("/nieuws-stoppen/gestopt");
        assertNoAxeViolations();
        assertFitsAPhone();
        assertThat(stops(c)).isEqualTo(1);

        open("/nieuws-stoppen/" + token);
        assertThat(pageText()).contains(message("feedback.stopNews.already"));
        assertNoAxeViolations();
        tabAndEnter(button(message("feedback.stopNews.submit")));
        assertThat(heading()).isEqualTo(message("feedback.stopNews.done.title"));

        decisions.update(c, decision, DecisionState.IN_PROGRESS, "De bankjes zijn besteld.", today(),
                world.coordinatorId(), "test");

        open("/nieuws-stoppen/" + token.substring(0, 20));
        assertThat(heading()).isEqualTo(message("feedback.stopNews.unknown.title"));
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(link(message("feedback.stopNews.home")));
        assertThat(currentPath()).startsWith("/");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE input_id = :i AND kind = 'DECISION'")
                .param("i", input).query(Integer.class).single()).as("no news after stopping").isEqualTo(1);
    }

    @Test
    void poolMemberStopsNewsAboutOneProcessByKeyboardWithoutJavaScript() {
        var world = fixtures.aCollaborationWithStaff();
        UUID c = world.collaboration().id();
        UUID process = fixtures.aProcess(world);
        String email = "kees-" + UUID.randomUUID() + "@example.org";
        PoolTestData.get().aMemberWithContactDetails(context, c, world.coordinatorId(),
                new ResidentDetails("Kees Bakker", email, null, null, ContactChannel.EMAIL, "nl"));
        decisions.record(c, process, new NewDecision("Een buurthuis", "Er komt een buurthuis.", "college van B&W",
                today(), null, List.of()), world.coordinatorId(), "test");
        String token = tokenIn(email, "Nieuw besluit%");

        open("/inwonerpool/nieuws-stoppen/" + token);
        assertThat(heading()).isEqualTo(message("pool.newsStop.title"));
        assertThat(pageText()).doesNotContain("Kees", email);
        assertNoAxeViolations();
        assertFitsAPhone();
        tabAndEnter(button(message("pool.newsStop.submit")));
        assertThat(heading()).isEqualTo(message("pool.newsStopped.title"));
        assertNoAxeViolations();
        assertFitsAPhone();

        open("/inwonerpool/nieuws-stoppen/onbekend" + UUID.randomUUID());
        assertThat(heading()).isEqualTo(message("pool.link.title"));
        assertNoAxeViolations();
    }

    private String tokenIn(String email, String subject) {
        String body = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "SELECT body FROM outbox_mail WHERE recipient = :e AND subject LIKE :s")
                .param("e", email).param("s", subject).query(String.class).optional().orElse(null), b -> b != null);
        Matcher m = STOP_LINK.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int stops(UUID c) {
        return jdbc.sql("SELECT count(*) FROM decision_news_stop WHERE collaboration_id = :c").param("c", c)
                .query(Integer.class).single();
    }
}
