package nl.samenspraak.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.collaboration.MemberOrganisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The collaboration module on its own (with platform): a collaboration is created and its profile changed. */
// Closed after this class: its own PostgreSQL and scheduled jobs would otherwise run beside the
// whole-app tests for the rest of the run, taking CPU and making timing-sensitive tests flaky.
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class CollaborationModuleTest {

    @Autowired Collaborations collaborations;

    @Test
    void administratorCreatesCollaborationAndChangesItsProfileButNotItsSlug() {
        String slug = "module-" + UUID.randomUUID().toString().substring(0, 8);
        Collaboration created = collaborations.create(slug, "Samen Gezond", "Texel", null, List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente Texel", OrganisationType.MUNICIPALITY)), "test");

        collaborations.update(created.id(), "Samen Gezond Texel", "Den Burg", "Gezond oud worden.",
                List.of("ouderen", "jongeren"), "test");

        Collaboration stored = collaborations.findById(created.collaborationId()).orElseThrow();
        assertThat(stored.slug()).isEqualTo(slug);
        assertThat(stored.name()).isEqualTo("Samen Gezond Texel");
        assertThat(stored.targetGroups()).containsExactly("ouderen", "jongeren");
        assertThat(collaborations.organisations(created.id())).extracting(MemberOrganisation::name)
                .containsExactly("Gemeente Texel");
    }
}
