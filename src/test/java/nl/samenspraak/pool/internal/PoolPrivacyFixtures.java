package nl.samenspraak.pool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pool data about one existing resident, for privacy tests outside this package. */
public final class PoolPrivacyFixtures {

    private PoolPrivacyFixtures() {}

    /**
     * Staff add the resident to the pool (consents recorded, limits set), the member changes a
     * consent, answers an invitation with a note of their own and gets a commitment proposed.
     * Returns the member id.
     */
    public static UUID aMembershipWithConsentsLimitsInvitationAndCommitment(ApplicationContext context, World world,
                                                                           UUID residentId, String note) {
        UUID c = world.collaboration().id();
        PoolJoining joining = context.getBean(PoolJoining.class);
        MembershipChanges changes = context.getBean(MembershipChanges.class);
        Activities activities = context.getBean(Activities.class);
        var member = joining.addByStaff(c, residentId, null, PoolData.anOpenProfile(), true, ConsentHow.IN_PERSON,
                LocalDate.now(), null, world.coordinatorEmail());
        changes.update(c, member.memberId(), PoolData.anOpenProfile(), true, false, null);
        UUID activity = activities.create(c, InvitationsTest.activity("Praatavond", LocalDate.now().plusDays(7), "19:00",
                "2", "IN_PERSON"), "test");
        activities.invite(c, activity, List.of(member.memberId()), "test");
        UUID invitation = context.getBean(JdbcClient.class).sql("SELECT id FROM pool_invitation WHERE member_id = :m")
                .param("m", member.memberId()).query(UUID.class).single();
        activities.reply(c, invitation, member.memberId(), true, note);
        context.getBean(CommitmentProposals.class).propose(c, CommitmentsTest.form(member.memberId(), world.coordinatorId(),
                LocalDate.now().plusMonths(3)), "test");
        return member.memberId();
    }
}
