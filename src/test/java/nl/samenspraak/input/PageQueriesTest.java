package nl.samenspraak.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import nl.samenspraak.feedback.FeedbackLoop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public process page needs the same few queries for two inputs as for a full page of them (no N+1). */
class PageQueriesTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired FeedbackLoop feedback;


    @Test
    void publicProcessPageQueriesDoNotGrowWithTheNumberOfInputs() throws Exception {
        var world = fixtures.aCollaborationWithStaff();
        UUID small = processWithAnsweredInputs(world, 2);
        UUID full = processWithAnsweredInputs(world, 20);

        long smallQueries = fewestQueries("/trajecten/" + small);
        long fullQueries = fewestQueries("/trajecten/" + full);

        assertThat(smallQueries).isPositive().isLessThanOrEqualTo(12);
        assertThat(fullQueries).isEqualTo(smallQueries);
    }

    private UUID processWithAnsweredInputs(Fixtures.World world, int count) {
        UUID process = fixtures.aProcess(world);
        for (int i = 0; i < count; i++) {
            var receipt = intake.receiveOnline(process, "Idee " + i, true, Author.anonymous());
            feedback.answer(world.collaboration().id(), receipt.id(), FeedbackStatus.ADOPTED, "Goed idee " + i,
                    world.coordinatorId(), "test");
        }
        return process;
    }

    /** Counted on the request's own thread, so the notices made after the answers are not counted against the page. */
    private long fewestQueries(String path) throws Exception {
        return nl.samenspraak.PageQueries.fewest(mvc,
                () -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }
}
