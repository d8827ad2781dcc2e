package nl.samenspraak.selfscan.internal;

import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The self-scan's test data for the browser journey, by round token. */
final class SelfScanTestSupport {

    private final ScanRounds rounds;
    private final ScanWorld scans;
    private final JdbcClient jdbc;

    SelfScanTestSupport(ApplicationContext context) {
        this.rounds = context.getBean(ScanRounds.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.scans = new ScanWorld(rounds, context.getBean(ScanResponses.class), jdbc);
    }

    /** Opens a round and returns the token of its link. */
    String openRound(World world, String title) {
        return scans.anOpenRound(world, title).token();
    }

    /** {@code count} paper responses of a group, every statement scored {@code score}. */
    void responses(String token, String group, int count, int score) {
        scans.respond(rounds.byToken(token).orElseThrow(), RespondentGroup.valueOf(group), count, score, Map.of());
    }

    /** Statement key to score ("?" for "don't know") of every answer in the round. */
    Map<String, String> answersOf(String token) {
        return jdbc.sql("SELECT a.statement_key, coalesce(a.score::text, '?') FROM scan_answer a "
                        + "JOIN scan_round r ON r.id = a.round_id WHERE r.token = :t")
                .param("t", token).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
