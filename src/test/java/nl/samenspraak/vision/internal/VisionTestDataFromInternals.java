package nl.samenspraak.vision.internal;

import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.account.CollaborationAccess;
import nl.samenspraak.account.Role;
import nl.samenspraak.vision.VisionTestData;
import org.springframework.context.ApplicationContext;

/** Makes the vision data other modules' tests ask {@link VisionTestData} for; listed in META-INF/services. */
public final class VisionTestDataFromInternals implements VisionTestData {

    @Override
    public void anInvitationAndAComment(ApplicationContext context, World world, UUID residentId, String firstName,
                                        String text) {
        var c = world.collaboration();
        CollaborationAccess coordinator = new CollaborationAccess(c.id(), c.slug(), c.name(), Role.COORDINATOR,
                world.coordinatorId(), world.coordinatorEmail());
        VisionService visions = context.getBean(VisionService.class);
        visions.saveDraft(coordinator, "Iedereen praat mee.");
        context.getBean(VisionInviting.class).invite(coordinator, List.of(residentId));
        visions.commentAsResident(c.id(), residentId, new CommentForm(CommentKind.PROPOSAL.name(), "Iedereen praat mee.",
                text, CommentForm.FIRST_NAME, firstName, null, null));
    }
}
