package nl.samenspraak.vision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.MemberOrganisation;
import nl.samenspraak.vision.SharedVisions;
import nl.samenspraak.vision.VisionVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The vision module with the modules it depends on: a coordinator publishes two versions, the comments on the
 * draft count towards the second, and the report reads both through {@link SharedVisions}, oldest first.
 */
@DirtiesContext
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"samenspraak.data-dir=", "samenspraak.demo=false"})
class VisionModuleTest {

    @Autowired Collaborations collaborations;
    @Autowired VisionService visions;
    @Autowired SharedVisions shared;

    @Test
    void publishedVersionsAreReadByTheReportWithTheirContributors() {
        Collaboration mine = collaborations.create("vision-module-" + UUID.randomUUID().toString().substring(0, 8),
                "Samen Visie", "Regio", "Een test.", List.of("ouderen"),
                List.of(new MemberOrganisation("Gemeente", MemberOrganisation.OrganisationType.MUNICIPALITY)), "test");
        CollaborationAccess coordinator = new CollaborationAccess(mine.id(), mine.slug(), mine.name(), Role.COORDINATOR,
                UUID.randomUUID(), "coordinator@test");
        assertThat(shared.current(mine.collaborationId())).isEmpty();

        visions.saveDraft(coordinator, "Iedereen praat mee.");
        visions.publish(coordinator, "");
        visions.commentFromMeeting(coordinator, new CommentForm("COMMENT", "", "Ook jongeren graag.", "FIRST_NAME", "Sam",
                null, CommentForm.MEETING));
        visions.commentAsStaff(coordinator, "Coördinator", new CommentForm("PROPOSAL", "Iedereen praat mee.",
                "Iedereen praat mee, ook jongeren.", null, null, "Gemeente", CommentForm.STAFF));
        visions.saveDraft(coordinator, "Iedereen praat mee, ook jongeren.");
        visions.publish(coordinator, "Ook jongeren.");

        assertThat(shared.versions(mine.collaborationId())).containsExactly(
                new VisionVersion(1, shared.versions(mine.collaborationId()).getFirst().publishedOn(), "Iedereen praat mee.",
                        "", 0, 0),
                new VisionVersion(2, shared.versions(mine.collaborationId()).getFirst().publishedOn(),
                        "Iedereen praat mee, ook jongeren.", "Ook jongeren.", 1, 1));
        assertThat(shared.current(CollaborationId.of(mine.id()))).get().extracting(VisionVersion::number).isEqualTo(2);
    }
}
