package nl.samenspraak.account;

import java.util.UUID;
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

    StaffAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For web pages under {@code /beheer/{slug}}: membership is read fresh from the database. */
    public CollaborationAccess require(Authentication authentication, String slug, Role required) {
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)) {
            throw new NotFoundException();
        }
        CollaborationAccess access = jdbc.sql("""
                SELECT c.id, c.slug, c.name, m.role FROM membership m JOIN collaboration c ON c.id = m.collaboration_id
                WHERE m.staff_id = :s AND c.slug = :slug
                """)
                .param("s", user.id()).param("slug", slug)
                .query((rs, n) -> new CollaborationAccess(rs.getObject("id", UUID.class), rs.getString("slug"),
                        rs.getString("name"), Role.valueOf(rs.getString("role")), user.id(), user.email()))
                .optional().orElseThrow(NotFoundException::new);
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
