package nl.samenspraak.input;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Staff pages driven through MockMvc with a logged-in staff member. */
public abstract class StaffMvcTest extends IntegrationTest {

    @Autowired protected Fixtures fixtures;
    @Autowired protected InputIntake intake;
    @Autowired protected InputViews views;

    /** An anonymous paper input received {@code daysAgo} days ago. */
    protected UUID anInput(Fixtures.World world, UUID process, String text, int daysAgo) {
        return intake.capture(world.collaboration().id(), process, new NewInput(text, Channel.PAPER,
                today().minusDays(daysAgo), true, Author.anonymous(), world.coordinatorId())).id();
    }

    protected Input stored(Fixtures.World world, UUID input) {
        return views.find(world.collaboration().id(), input).orElseThrow();
    }

    protected int inputCount(Fixtures.World world, UUID process) {
        return views.speedOfProcess(process).total();
    }
}
