package nl.samenspraak.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The account module with the modules it uses (collaboration, platform): a staff member gets a role in a
 * collaboration and sees it among their memberships, whose names come from the collaboration module.
 */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class AccountModuleTest {

    @Autowired StaffAccounts accounts;
    @Autowired Collaborations collaborations;

    @Test
    void staffMemberWithARoleSeesTheCollaborationAmongTheirMemberships() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Collaboration collaboration = collaborations.create("account-" + unique, "Samen " + unique, "Texel", "",
                List.of(), List.of(), "test");
        UUID staff = accounts.create("staf-" + unique + "@gemeente.example", "Staf", "een lang genoeg wachtwoord",
                false, "test");

        accounts.assign(staff, collaboration.id(), Role.PROFESSIONAL, "test");

        assertThat(accounts.memberships(staff)).singleElement().satisfies(m -> {
            assertThat(m.slug()).isEqualTo("account-" + unique);
            assertThat(m.collaborationName()).isEqualTo("Samen " + unique);
            assertThat(m.role()).isEqualTo(Role.PROFESSIONAL);
        });
    }
}
