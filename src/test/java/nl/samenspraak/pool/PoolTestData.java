package nl.samenspraak.pool;

import java.time.LocalDate;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;
import nl.samenspraak.Fixtures.World;
import nl.samenspraak.resident.ResidentDetails;
import org.springframework.context.ApplicationContext;

/**
 * Pool data for tests outside the pool module. Making it needs the module's internals, which
 * only tests in {@code pool.internal} may use; the implementation there is found through
 * {@link ServiceLoader} (META-INF/services), so tests elsewhere depend on this interface only.
 */
public interface PoolTestData {

    Map<String, String> isolationObjects(ApplicationContext context, UUID collaborationId, UUID coordinatorId);

    Map<String, String> aMemberWithContactDetails(ApplicationContext context, UUID collaborationId, UUID coordinatorId,
                                                  ResidentDetails details);

    UUID aMembershipWithConsentsLimitsInvitationAndCommitment(ApplicationContext context, World world, UUID residentId,
                                                              String note);

    /**
     * The resident joins the pool and agrees to a commitment for {@code role} (a pool role name such as
     * RESIDENT_BOARD_MEMBER) from {@code startsOn} for a year; returns the commitment's id.
     */
    UUID anAgreedCommitment(ApplicationContext context, World world, UUID residentId, String role, LocalDate startsOn);

    static PoolTestData get() {
        return ServiceLoader.load(PoolTestData.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PoolTestData in META-INF/services"));
    }
}
