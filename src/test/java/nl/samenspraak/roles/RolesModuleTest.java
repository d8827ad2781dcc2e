package nl.samenspraak.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The roles module with the modules it depends on: a new collaboration's catalogue starts with the standard roles. */
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class RolesModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired CollaborationRoles roles;
    @Autowired Clock clock;

    @Test
    void aNewCollaborationStartsWithTheSevenStandardRolesAndNobodyInThem() {
        Collaboration mine = collaborations.create("roles-module-" + UUID.randomUUID().toString().substring(0, 8),
                "Samen Sterk", "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test");

        List<RoleSummary> catalogue = roles.catalogue(mine.collaborationId());

        assertThat(catalogue).hasSize(7).allSatisfy(r -> {
            assertThat(r.residentHoldersNow()).isZero();
            assertThat(r.staffHoldersNow()).isZero();
            assertThat(r.name()).isNotBlank();
        });
        assertThat(catalogue).filteredOn(RoleSummary::decisionRole).extracting(RoleSummary::kind)
                .contains(RoleKind.RESIDENT_BOARD_MEMBER.name());
        assertThat(roles.holdings(mine.collaborationId())).isEmpty();
        assertThat(roles.residentsInDecisionRoles(mine.collaborationId(), LocalDate.now(clock))).isZero();
    }
}
