package nl.samenspraak.pool.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.pool.InvitationId;
import nl.samenspraak.pool.MemberId;
import nl.samenspraak.pool.PoolTestData;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Makes the pool data other modules' tests ask {@link PoolTestData} for; listed in META-INF/services. */
public final class PoolTestDataFromInternals implements PoolTestData {

    @Override
    public Map<String, String> isolationObjects(ApplicationContext context, UUID collaborationId, UUID coordinatorId) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        PoolJoining joining = context.getBean(PoolJoining.class);
        Activities activities = context.getBean(Activities.class);
        CommitmentProposals proposals = context.getBean(CommitmentProposals.class);
        var member = joining.join(collaborationId, PoolData.byEmail("Isolation Member"), PoolData.anOpenProfile(), true);
        UUID activity = activities.create(collaborationId, InvitationsTest.activity("Isolatie-avond",
                today.plusDays(7), "19:00", "1", "IN_PERSON"), "test");
        context.getBean(InvitationRound.class).invite(collaborationId, activity, List.of(member.memberId()), "test");
        UUID commitment = proposals.propose(collaborationId, CommitmentsTest.form(member.memberId(), coordinatorId, today,
                today.plusMonths(6)), "test");
        // The welcome, invitation and proposal mails leave through the outbox; let them go before A is fingerprinted.
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (int i = 0; i < 100 && jdbc.sql("SELECT count(*) FROM outbox_mail WHERE collaboration_id = :c AND sent_at IS NULL")
                .param("c", collaborationId).query(Long.class).single() > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Map.of("{memberId}", member.memberId().toString(), "{activityId}", activity.toString(),
                "{commitmentId}", commitment.toString());
    }

    @Override
    public Map<String, String> aMemberWithContactDetails(ApplicationContext context, UUID collaborationId,
                                                         UUID coordinatorId, ResidentDetails details) {
        Map<String, String> objects = new HashMap<>(isolationObjects(context, collaborationId, coordinatorId));
        var member = context.getBean(PoolJoining.class).join(collaborationId, details, PoolData.anOpenProfile(), true);
        UUID activity = UUID.fromString(objects.get("{activityId}"));
        context.getBean(InvitationRound.class).invite(collaborationId, activity, List.of(member.memberId()), "test");
        objects.put("{memberId}", member.memberId().toString());
        return objects;
    }

    @Override
    public UUID aMembershipWithConsentsLimitsInvitationAndCommitment(ApplicationContext context, World world,
                                                                     UUID residentId, String note) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        UUID c = world.collaboration().id();
        PoolJoining joining = context.getBean(PoolJoining.class);
        MembershipChanges changes = context.getBean(MembershipChanges.class);
        Activities activities = context.getBean(Activities.class);
        var member = joining.addByStaff(c, residentId, null, PoolData.anOpenProfile(), true, ConsentHow.IN_PERSON,
                today, null, world.coordinatorEmail());
        changes.update(c, member.memberId(), PoolData.anOpenProfile(), true, false, null);
        UUID activity = activities.create(c, InvitationsTest.activity("Praatavond", today.plusDays(7), "19:00",
                "2", "IN_PERSON"), "test");
        context.getBean(InvitationRound.class).invite(c, activity, List.of(member.memberId()), "test");
        UUID invitation = context.getBean(JdbcClient.class).sql("SELECT id FROM pool_invitation WHERE member_id = :m")
                .param("m", member.memberId()).query(UUID.class).single();
        context.getBean(Invitations.class).reply(c, InvitationId.of(invitation), MemberId.of(member.memberId()), true, note);
        context.getBean(CommitmentProposals.class).propose(c, CommitmentsTest.form(member.memberId(),
                world.coordinatorId(), today, today.plusMonths(3)), "test");
        return member.memberId();
    }

    @Override
    public UUID anAgreedCommitment(ApplicationContext context, World world, UUID residentId, String role,
                                   LocalDate startsOn) {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        UUID c = world.collaboration().id();
        var member = context.getBean(PoolJoining.class).addByStaff(c, residentId, null, PoolData.anOpenProfile(), true,
                ConsentHow.IN_PERSON, today, null, world.coordinatorEmail());
        CommitmentForm form = new CommitmentForm(member.memberId().toString(), role, "", startsOn.toString(),
                startsOn.plusYears(1).toString(), "4", "Koffie en uitleg.", "", "Reiskosten",
                world.coordinatorId().toString(), "U komt elke maand naar het overleg.");
        UUID commitment = context.getBean(CommitmentProposals.class).propose(c, form, "test");
        context.getBean(CommitmentSteps.class).agree(c, nl.samenspraak.pool.CommitmentId.of(commitment),
                MemberId.of(member.memberId()));
        return commitment;
    }
}
