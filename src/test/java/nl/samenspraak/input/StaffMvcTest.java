package nl.samenspraak.input;


import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Staff pages driven through MockMvc with a logged-in staff member. */
abstract class StaffMvcTest extends IntegrationTest {

    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews views;




    /** An anonymous paper input received {@code daysAgo} days ago. */
    UUID anInput(Fixtures.World world, UUID process, String text, int daysAgo) {
        return intake.capture(world.collaboration().id(), process, new NewInput(text, Channel.PAPER,
                today().minusDays(daysAgo), true, Author.anonymous(), world.coordinatorId())).id();
    }

    Input stored(Fixtures.World world, UUID input) {
        return views.find(world.collaboration().id(), input).orElseThrow();
    }

    int inputCount(Fixtures.World world, UUID process) {
        return views.speedOfProcess(process).total();
    }
}
