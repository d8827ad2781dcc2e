package nl.samenspraak.selfscan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.knowledge.Theme;
import nl.samenspraak.selfscan.ScanRoundId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The self-scan with only the modules it uses, against its own embedded PostgreSQL. No other
 * module calls it (its API is {@link ScanRoundId}), so this test sits in its internal package
 * and runs its use case through its own services: a round is opened, answered, closed, and
 * refuses online answers from then on.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class SelfScanModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired ScanRounds rounds;
    @Autowired ScanResponses responses;
    @Autowired ScanResults results;

    @Test
    void roundTakesAnswersUntilItIsClosed() {
        String slug = "zelfscan-" + UUID.randomUUID().toString().substring(0, 8);
        UUID collaboration = collaborations.create(slug, "Samen " + slug, "Texel", "", List.of(), List.of(), "test").id();
        ScanRoundId id = rounds.open(collaboration, "Zelfscan voorjaar", null, "test");
        ScanRound round = rounds.find(collaboration, id).orElseThrow();
        Map<String, Integer> scores = new LinkedHashMap<>();
        rounds.statementsOf(round).stream().filter(s -> s.theme() == Theme.FEED_BACK).forEach(s -> scores.put(s.key(), 4));

        assertThat(responses.store(round, new AnswerForm.Checked(UUID.randomUUID(), RespondentGroup.RESIDENT, scores),
                ScanResponses.Channel.ONLINE, "anonymous")).isEqualTo(ScanResponses.Outcome.STORED);
        assertThat(results.of(round).responsesOf(RespondentGroup.RESIDENT)).isEqualTo(1);

        rounds.close(collaboration, id, "test");
        ScanRound closed = rounds.find(collaboration, id).orElseThrow();
        assertThat(closed.openOn(rounds.today())).isFalse();
        assertThatThrownBy(() -> responses.store(closed, new AnswerForm.Checked(UUID.randomUUID(), RespondentGroup.RESIDENT,
                scores), ScanResponses.Channel.ONLINE, "anonymous")).isInstanceOf(InvalidScanException.class);
    }
}
