package nl.samenspraak.reimbursement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.reimbursement.ClaimId;
import nl.samenspraak.resident.ContactChannel;
import nl.samenspraak.resident.ResidentDetails;
import nl.samenspraak.resident.Residents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The reimbursement module with only the modules it needs (resident, account, collaboration,
 * process, platform): a resident's claim is handed in and approved against a real database.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class ReimbursementModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired Residents residents;
    @Autowired Claims claims;
    @Autowired Decisions decisions;
    @Autowired Clock clock;

    @Test
    void aCoordinatorApprovesTheClaimAResidentHandedIn() {
        String slug = "module-" + UUID.randomUUID().toString().substring(0, 8);
        UUID c = collaborations.create(slug, "Samen Gezond", "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test").id();
        UUID resident = residents.register(c, new ResidentDetails("Ans de Vries", "ans@example.org", null, null,
                ContactChannel.EMAIL, "nl"));

        UUID claim = claims.submit(c, resident, ClaimFixtures.allowance("25", LocalDate.now(clock).minusDays(1)), null);
        decisions.approve(c, new ClaimId(claim), false, "coordinator@" + slug + ".example");

        assertThat(claims.find(c, claim).orElseThrow().status()).isEqualTo(ClaimStatus.APPROVED);
    }
}
