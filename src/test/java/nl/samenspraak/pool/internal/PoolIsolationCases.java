package nl.samenspraak.pool.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One of each pool object of a collaboration, as the values of the pool's path variables, for IsolationTest. */
public final class PoolIsolationCases {

    private PoolIsolationCases() {}

    public static Map<String, String> objectsOf(ApplicationContext context, UUID collaborationId, UUID coordinatorId) {
        PoolJoining joining = context.getBean(PoolJoining.class);
        Activities activities = context.getBean(Activities.class);
        CommitmentProposals proposals = context.getBean(CommitmentProposals.class);
        var member = joining.join(collaborationId, PoolData.byEmail("Isolation Member"), PoolData.anOpenProfile(), true);
        UUID activity = activities.create(collaborationId, InvitationsTest.activity("Isolatie-avond",
                LocalDate.now().plusDays(7), "19:00", "1", "IN_PERSON"), "test");
        activities.invite(collaborationId, activity, List.of(member.memberId()), "test");
        UUID commitment = proposals.propose(collaborationId, CommitmentsTest.form(member.memberId(), coordinatorId,
                LocalDate.now().plusMonths(6)), "test");
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
}
