package nl.samenspraak.account;

import java.util.UUID;

/**
 * Proof that the current user (web session or API token) may act in one collaboration
 * with a given role. Controllers get it from {@link StaffAccess}; the collaboration id
 * in it never comes from the request alone.
 */
public record CollaborationAccess(UUID collaborationId, String slug, String collaborationName, Role role,
                                  UUID staffId, String actor) {

    public boolean can(Role required) {
        return role.includes(required);
    }
}
