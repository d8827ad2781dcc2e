package nl.samenspraak.input;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.util.UUID;
import nl.samenspraak.Fixtures;
import nl.samenspraak.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Staff pages driven through MockMvc with a logged-in staff member. */
abstract class StaffMvcTest extends IntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired Fixtures fixtures;
    @Autowired InputIntake intake;
    @Autowired InputViews views;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** An anonymous paper input received {@code daysAgo} days ago. */
    UUID anInput(Fixtures.World world, UUID process, String text, int daysAgo) {
        return intake.capture(world.collaboration().id(), process, new NewInput(text, Channel.PAPER,
                LocalDate.now().minusDays(daysAgo), true, Author.anonymous(), world.coordinatorId())).id();
    }

    Input stored(Fixtures.World world, UUID input) {
        return views.find(world.collaboration().id(), input).orElseThrow();
    }

    int inputCount(Fixtures.World world, UUID process) {
        return views.speedOfProcess(process).total();
    }
}
