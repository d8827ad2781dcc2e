package nl.samenspraak.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The resident module with only the modules it needs (account, collaboration, process, platform):
 * a resident is registered and reaches their record through a personal link, against a real database.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class ResidentModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Residents residents;

    @Test
    void aRegisteredResidentOpensTheirRecordWithThePersonalLinkTheyWereGiven() {
        String slug = "module-" + UUID.randomUUID().toString().substring(0, 8);
        UUID c = collaborations.create(slug, "Samen Gezond", "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test").id();
        UUID resident = residents.register(c, new ResidentDetails(" Kees Jansen ", null, null, "Dorpsstraat 1\n1234 AB Dorp",
                ContactChannel.POST, "en"));

        String token = residents.issueLink(c, resident, "claim", null, Duration.ofDays(30));

        PersonalLink link = residents.resolveLink(token, "claim").orElseThrow();
        assertThat(link.residentId()).isEqualTo(resident);
        assertThat(residents.find(c, new ResidentId(link.residentId())).orElseThrow().name()).isEqualTo("Kees Jansen");
    }
}
