package nl.samenspraak.pool.internal;

import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.resident.ResidentFeatureLinks;
import nl.samenspraak.resident.Residents;
import org.springframework.stereotype.Component;

/**
 * From the privacy page to the member page, where a member changes their wishes and consents or
 * leaves the pool: a fresh member-page link, as the welcome mail gives, but short-lived.
 */
@Component
class PoolFeatureLinks implements ResidentFeatureLinks {

    private final PoolMembers members;
    private final Residents residents;

    PoolFeatureLinks(PoolMembers members, Residents residents) {
        this.members = members;
        this.residents = residents;
    }

    @Override
    public String name() {
        return "inwonerpool";
    }

    @Override
    public String labelKey() {
        return "pool.privacy.memberPage";
    }

    @Override
    public boolean appliesTo(UUID collaborationId, UUID residentId) {
        return activeMember(collaborationId, residentId).isPresent();
    }

    @Override
    public Optional<String> open(UUID collaborationId, UUID residentId) {
        return activeMember(collaborationId, residentId).map(m -> "/inwonerpool/mijn/" + residents.issueLink(
                collaborationId, residentId, PoolLinks.POOL, m.id(), PoolLinks.FROM_PRIVACY_PAGE));
    }

    /** The member page only opens for an active member; someone who left has nothing to change there. */
    private Optional<Member> activeMember(UUID collaborationId, UUID residentId) {
        return members.ofResident(collaborationId, residentId).filter(Member::active);
    }
}
