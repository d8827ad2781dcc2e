package nl.samenspraak.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.account.internal.AccountSessions;
import nl.samenspraak.account.internal.LoginThrottle;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.platform.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts and their roles per collaboration. */
@Service
public class StaffAccounts {

    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException() {
            super("email taken", null, false, false);
        }
    }

    /** Raised when a change would leave a collaboration without a coordinator, the residents' fixed contact. */
    public static class LastCoordinatorException extends RuntimeException {
        public LastCoordinatorException() {
            super("last coordinator", null, false, false);
        }
    }

    public record Membership(UUID collaborationId, String slug, String collaborationName, Role role) {}

    public record StaffMember(UUID id, String email, String displayName, Role role) {}

    public record Contact(String displayName, String email) {}

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccountSessions sessions;
    private final LoginThrottle throttle;
    private final Collaborations collaborations;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock, AuditTrail audit, AccountSessions sessions,
                  LoginThrottle throttle, Collaborations collaborations) {
        this.jdbc = jdbc;
        this.collaborations = collaborations;
        this.throttle = throttle;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional
    public UUID create(String email, String displayName, String rawPassword, boolean platformAdmin, String actor) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO staff_account (id, email, display_name, password_hash, platform_admin, created_at)
                    VALUES (:id, :email, :name, :hash, :admin, :now)
                    """)
                    .param("id", id).param("email", email.strip()).param("name", displayName)
                    .param("hash", passwords.encode(rawPassword)).param("admin", platformAdmin)
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        audit.record(null, actor, "staff.create", "staff_account", id, platformAdmin ? "platform-admin" : "staff");
        return id;
    }

    /**
     * Makes an account whose owner will choose the password through an invitation. Until then
     * its password is 32 random bytes that are never shown or stored anywhere, so nobody (not
     * the administrator either) can log in with it.
     */
    @Transactional
    public UUID createInvited(String email, String displayName, String actor) {
        byte[] unknowable = new byte[32];
        RANDOM.nextBytes(unknowable);
        UUID id = create(email, displayName, java.util.HexFormat.of().formatHex(unknowable), false, actor);
        jdbc.sql("UPDATE staff_account SET invited_at = :now WHERE id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
        return id;
    }

    /**
     * Gives a role in a collaboration. When it changes a role the person already had there,
     * their sessions end: whatever they had open was opened under the old role.
     */
    @Transactional
    public void grant(UUID staffId, UUID collaborationId, Role role, String actor) {
        Optional<String> before = jdbc.sql("SELECT role FROM membership WHERE staff_id = :s AND collaboration_id = :c")
                .param("s", staffId).param("c", collaborationId).query(String.class).optional();
        jdbc.sql("""
                INSERT INTO membership (staff_id, collaboration_id, role) VALUES (:s, :c, :r)
                ON CONFLICT (staff_id, collaboration_id) DO UPDATE SET role = EXCLUDED.role
                """)
                .param("s", staffId).param("c", collaborationId).param("r", role.name()).update();
        audit.record(collaborationId, actor, "membership.grant", "staff_account", staffId, role.name());
        if (before.isPresent() && !before.get().equals(role.name())) {
            endSessions(staffId);
        }
    }

    /**
     * Gives a role like {@link #grant}, but refuses to turn the last coordinator into
     * something else.
     */
    @Transactional
    public void assign(UUID staffId, UUID collaborationId, Role role, String actor) {
        if (role != Role.COORDINATOR && isLastCoordinator(staffId, collaborationId)) {
            throw new LastCoordinatorException();
        }
        grant(staffId, collaborationId, role, actor);
    }

    /**
     * Ends a person's role in one collaboration; false when they had none. Their API tokens
     * for it are deleted too: they already stop working without the membership, but would
     * come back to life if the person got a role there again.
     */
    @Transactional
    public boolean revoke(UUID staffId, UUID collaborationId, String actor) {
        if (isLastCoordinator(staffId, collaborationId)) {
            throw new LastCoordinatorException();
        }
        Optional<String> role = jdbc.sql("DELETE FROM membership WHERE staff_id = :s AND collaboration_id = :c RETURNING role")
                .param("s", staffId).param("c", collaborationId).query(String.class).optional();
        if (role.isEmpty()) {
            return false;
        }
        jdbc.sql("DELETE FROM api_token WHERE staff_id = :s AND collaboration_id = :c")
                .param("s", staffId).param("c", collaborationId).update();
        audit.record(collaborationId, actor, "membership.revoke", "staff_account", staffId, role.get());
        endSessions(staffId);
        return true;
    }

    private void endSessions(UUID staffId) {
        jdbc.sql("SELECT email FROM staff_account WHERE id = :s").param("s", staffId).query(String.class).optional()
                .ifPresent(sessions::endAll);
    }

    /** Whether this is the account's password now; the hash is read fresh, as the session holds none. */
    public boolean passwordMatches(UUID staffId, String rawPassword) {
        return rawPassword != null && jdbc.sql("SELECT password_hash FROM staff_account WHERE id = :s")
                .param("s", staffId).query(String.class).optional()
                .map(hash -> passwords.matches(rawPassword, hash)).orElse(false);
    }

    /**
     * Sets a new password. Failed-login counts and a slow-down end with it: the person has just
     * proven who they are (by the old password or by their mailbox).
     */
    @Transactional
    public void setPassword(UUID staffId, String rawPassword, String actor, String action) {
        jdbc.sql("UPDATE staff_account SET password_hash = :h WHERE id = :s RETURNING email")
                .param("h", passwords.encode(rawPassword)).param("s", staffId).query(String.class).optional()
                .ifPresent(throttle::forget);
        audit.record(null, actor, action, "staff_account", staffId, "changed");
    }

    /**
     * Locks the coordinators' rows so that two administrators who each remove a different
     * coordinator at the same moment cannot together remove both.
     */
    private boolean isLastCoordinator(UUID staffId, UUID collaborationId) {
        List<UUID> coordinators = jdbc.sql(
                        "SELECT staff_id FROM membership WHERE collaboration_id = :c AND role = 'COORDINATOR' FOR UPDATE")
                .param("c", collaborationId).query(UUID.class).list();
        return coordinators.size() == 1 && coordinators.contains(staffId);
    }

    /** How many coordinators a collaboration has: with more than one, payments need a second pair of eyes. */
    public int coordinatorCount(UUID collaborationId) {
        return jdbc.sql("SELECT count(*) FROM membership WHERE collaboration_id = :c AND role = 'COORDINATOR'")
                .param("c", collaborationId).query(Integer.class).single();
    }

    public Optional<UUID> idByEmail(String email) {
        return jdbc.sql("SELECT id FROM staff_account WHERE lower(email) = lower(:e)").param("e", email.strip())
                .query(UUID.class).optional();
    }

    public boolean anyPlatformAdmin() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE platform_admin)").query(Boolean.class).single();
    }

    public List<Membership> memberships(UUID staffId) {
        Map<UUID, Role> roles = new HashMap<>();
        jdbc.sql("SELECT collaboration_id, role FROM membership WHERE staff_id = :s").param("s", staffId)
                .query(rs -> {
                    roles.put(rs.getObject("collaboration_id", UUID.class), Role.valueOf(rs.getString("role")));
                });
        // Ordered by name as the collaboration module orders them.
        return collaborations.byIds(roles.keySet()).stream()
                .map(c -> new Membership(c.id(), c.slug(), c.name(), roles.get(c.id()))).toList();
    }

    public List<StaffMember> staffOf(UUID collaborationId) {
        return jdbc.sql("""
                SELECT s.id, s.email, s.display_name, m.role FROM membership m JOIN staff_account s ON s.id = m.staff_id
                WHERE m.collaboration_id = :c ORDER BY m.role, s.display_name
                """)
                .param("c", collaborationId)
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** The fixed contact person residents see: the first coordinator of the collaboration. */
    public Optional<Contact> coordinatorOf(UUID collaborationId) {
        return jdbc.sql("""
                SELECT s.display_name, s.email FROM membership m JOIN staff_account s ON s.id = m.staff_id
                WHERE m.collaboration_id = :c AND m.role = 'COORDINATOR' ORDER BY s.created_at LIMIT 1
                """)
                .param("c", collaborationId)
                .query((rs, n) -> new Contact(rs.getString("display_name"), rs.getString("email")))
                .optional();
    }

    public Optional<StaffUser> loadForLogin(String email) {
        return jdbc.sql("SELECT id, email, display_name, platform_admin, password_hash FROM staff_account WHERE lower(email) = lower(:e)")
                .param("e", email.strip())
                .query((rs, n) -> new StaffUser(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), rs.getBoolean("platform_admin"), rs.getString("password_hash")))
                .optional();
    }
}
