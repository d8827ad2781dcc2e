package nl.samenspraak.account;

import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The server-side check behind every staff action: is this user a member of that
 * collaboration with at least that role? A collaboration the user is not a member of
 * answers 404, so its existence is not revealed.
 */
@Component
public class StaffAccess {

    private final JdbcClient jdbc;
    private final Collaborations collaborations;

    StaffAccess(JdbcClient jdbc, Collaborations collaborations) {
        this.jdbc = jdbc;
        this.collaborations = collaborations;
    }

    /** For web pages under {@code /beheer/{slug}}: membership is read fresh from the database. */
    public CollaborationAccess require(Authentication authentication, String slug, Role required) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            throw new NotFoundException();
        }
        Collaboration collaboration = collaborations.findBySlug(slug).orElseThrow(NotFoundException::new);
        Role role = jdbc.sql("SELECT role FROM membership WHERE staff_id = :s AND collaboration_id = :c")
                .param("s", user.id()).param("c", collaboration.id())
                .query((rs, n) -> Role.valueOf(rs.getString("role")))
                .optional().orElseThrow(NotFoundException::new);
        CollaborationAccess access = new CollaborationAccess(collaboration.id(), collaboration.slug(),
                collaboration.name(), role, user.id(), user.email());
        return check(access, required);
    }

    /** For the API: the token is bound to one collaboration and the role it had when issued. */
    public CollaborationAccess require(Authentication authentication, Role required) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CollaborationAccess access)) {
            throw new NotFoundException();
        }
        return check(access, required);
    }

    private static CollaborationAccess check(CollaborationAccess access, Role required) {
        if (!access.can(required)) {
            throw new ForbiddenException();
        }
        return access;
    }
}
