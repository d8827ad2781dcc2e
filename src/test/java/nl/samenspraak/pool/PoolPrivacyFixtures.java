package nl.samenspraak.pool;

import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import org.springframework.context.ApplicationContext;

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
        return PoolTestData.get().aMembershipWithConsentsLimitsInvitationAndCommitment(context, world, residentId, note);
    }
}
