package nl.samenspraak.selfscan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.TestClock;
import nl.samenspraak.knowledge.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the self-scan: rounds and responses made through the module's own services. */
final class ScanWorld {

    private final ScanRounds rounds;
    private final ScanResponses responses;
    private final JdbcClient jdbc;

    ScanWorld(ScanRounds rounds, ScanResponses responses, JdbcClient jdbc) {
        this.rounds = rounds;
        this.responses = responses;
        this.jdbc = jdbc;
    }

    ScanRound anOpenRound(World world, String title) {
        UUID id = rounds.open(world.collaboration().id(), title, null, "test");
        return rounds.find(world.collaboration().id(), id).orElseThrow();
    }

    /** {@code count} people of a group who give every statement of every theme {@code score}, except where {@code per} says otherwise. */
    void respond(ScanRound round, RespondentGroup group, int count, int score, Map<Theme, Integer> per) {
        for (int i = 0; i < count; i++) {
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Statement s : rounds.statementsOf(round)) {
                scores.put(s.key(), per.getOrDefault(s.theme(), score));
            }
            responses.store(round, new AnswerForm.Checked(UUID.randomUUID(), group, scores),
                    ScanResponses.Channel.PAPER, "test");
        }
    }

    long responsesOf(ScanRound round) {
        return jdbc.sql("SELECT count(*) FROM scan_response WHERE round_id = :r").param("r", round.id())
                .query(Long.class).single();
    }

    long answersOf(ScanRound round) {
        return jdbc.sql("SELECT count(*) FROM scan_answer WHERE round_id = :r").param("r", round.id())
                .query(Long.class).single();
    }

    void closeByDate(ScanRound round) {
        jdbc.sql("UPDATE scan_round SET closes_on = :d WHERE id = :r")
                .param("d", TestClock.today().minusDays(2)).param("r", round.id()).update();
    }

    /** The rate-limit windows these tests fill; other tests share the database. */
    void forgetRateLimits() {
        jdbc.sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'selfscan:%'").update();
    }

    /** A complete, valid form as a browser sends it: the group and an answer to every statement. */
    static Map<String, List<String>> filledForm(List<Statement> statements, String group, String value) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put(AnswerForm.SUBMISSION, List.of(UUID.randomUUID().toString()));
        if (group != null) {
            form.put(AnswerForm.GROUP, List.of(group));
        }
        for (Statement s : statements) {
            form.put(s.field(), List.of(value));
        }
        return form;
    }
}
